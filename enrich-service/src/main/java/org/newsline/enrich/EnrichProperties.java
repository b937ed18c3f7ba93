package org.newsline.enrich;

import java.time.Duration;
import org.newsline.enrich.engine.EngineSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the enrich service ({@code newsline.enrich.*}; environment {@code
 * NEWSLINE_ENRICH_TIME_BUDGET} and so on).
 *
 * @param pipelineVersion version of the platform's pipeline written into every enrichment; raise it
 *     when annotators, rules or gazetteers change
 * @param timeBudget wall-clock time per article; past it the rest is left unannotated and the
 *     result marked partial
 * @param maxArticleChars title plus body longer than this goes to the dead-letter topic ({@code
 *     too-large})
 * @param maxSentenceTokens longer sentences are cut into pieces before tagging
 * @param concurrency consumer threads (at most the partition count of articles.raw), each with a
 *     CoreNLP pipeline of its own (about 265 MB of heap each), loaded at start-up
 * @param retryAttempts attempts for a failing record before it is dead-lettered (1 = no retry)
 * @param retryBackoff first pause between attempts, doubled each time
 * @param retryBackoffMax longest pause between attempts
 */
@ConfigurationProperties("newsline.enrich")
public record EnrichProperties(
    @DefaultValue(EngineSettings.PIPELINE_VERSION) String pipelineVersion,
    @DefaultValue("30s") Duration timeBudget,
    @DefaultValue("200000") int maxArticleChars,
    @DefaultValue("120") int maxSentenceTokens,
    @DefaultValue("2") int concurrency,
    @DefaultValue("3") int retryAttempts,
    @DefaultValue("1s") Duration retryBackoff,
    @DefaultValue("10s") Duration retryBackoffMax) {

  public EnrichProperties {
    if (concurrency < 1) {
      throw new IllegalArgumentException("newsline.enrich.concurrency must be at least 1");
    }
    if (retryAttempts < 1) {
      throw new IllegalArgumentException("newsline.enrich.retry-attempts must be at least 1");
    }
  }

  /** The engine's share of these settings. */
  public EngineSettings engineSettings() {
    return new EngineSettings(pipelineVersion, timeBudget, maxArticleChars, maxSentenceTokens);
  }
}
