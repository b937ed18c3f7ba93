package org.newsline.enrich.engine;

import java.time.Duration;
import java.util.Objects;
import org.newsline.model.RawArticle;

/**
 * Settings of {@link CoreNlpEngine}.
 *
 * @param pipelineVersion version of the platform's own pipeline (annotators, rules, gazetteers)
 * @param timeBudget wall-clock time one article may take; when it runs out the rest of the article
 *     is left unannotated and the result is marked partial
 * @param maxArticleChars title plus body longer than this is refused
 * @param maxSentenceTokens longer sentences (pathological input without punctuation) are cut into
 *     pieces of this many tokens before tagging, which keeps tagging time linear
 */
public record EngineSettings(
    String pipelineVersion, Duration timeBudget, int maxArticleChars, int maxSentenceTokens) {

  /**
   * The pipeline version of this code: raise it whenever the output for the same article changes
   * (the history is in the enrich service's README), so the store lets a re-enrichment replace
   * older output.
   */
  public static final String PIPELINE_VERSION = "3";

  public EngineSettings {
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be positive");
    }
    if (maxArticleChars < 1 || maxSentenceTokens < 10) {
      throw new IllegalArgumentException("maxArticleChars >= 1 and maxSentenceTokens >= 10");
    }
  }

  /** The defaults: 30 s per article, 200,000 characters, sentences cut at 120 tokens. */
  public static EngineSettings defaults() {
    return new EngineSettings(PIPELINE_VERSION, Duration.ofSeconds(30), 200_000, 120);
  }

  /**
   * Refuses an article whose title and body together are longer than {@link #maxArticleChars()},
   * whichever engine would take it.
   *
   * @throws ArticleTooLargeException when it is
   */
  public void requireWithinLimit(RawArticle raw) {
    int chars = raw.title().length() + raw.body().length();
    if (chars > maxArticleChars) {
      throw new ArticleTooLargeException(raw.id(), chars, maxArticleChars);
    }
  }

  public EngineSettings withTimeBudget(Duration budget) {
    return new EngineSettings(pipelineVersion, budget, maxArticleChars, maxSentenceTokens);
  }
}
