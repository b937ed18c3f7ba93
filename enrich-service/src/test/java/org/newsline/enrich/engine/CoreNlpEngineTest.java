package org.newsline.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.SharedEngine;
import org.newsline.model.RawArticle;

class CoreNlpEngineTest {

  /** 50,000 characters of words without any punctuation, the input that stalls SUTime. */
  private static String pathological() {
    StringBuilder s = new StringBuilder();
    String[] words = {"soldiers", "April", "Moscow", "three", "fence", "Ivan", "ran", "and"};
    for (int i = 0; s.length() < 50_000; i++) {
      s.append(words[i % words.length]).append(' ');
    }
    return s.toString();
  }

  @Test
  void marksAnArticleEnrichedOnlyPartlyWhenTheTimeBudgetRunsOut() {
    CoreNlpEngine shared = SharedEngine.get();
    // Same annotators (CoreNLP pools them), a budget too small for the whole input.
    CoreNlpEngine hurried =
        new CoreNlpEngine(shared.settings().withTimeBudget(Duration.ofMillis(300)));
    RawArticle raw = SharedEngine.article("Long", pathological());

    EnrichmentResult result = hurried.enrich(raw);

    assertThat(result.enrichment().partial()).isTrue();
    assertThat(result.enrichment().warnings()).singleElement().asString().contains("time budget");
    assertThat(result.tokens()).isLessThan(raw.body().length() / 6);
  }

  @Test
  void annotatesAPathologicalLineCompletelyWithinTheDefaultBudget() {
    RawArticle raw = SharedEngine.article("Long", pathological());

    EnrichmentResult result = SharedEngine.get().enrich(raw);

    assertThat(result.enrichment().partial()).isFalse();
    assertThat(result.tokens()).isGreaterThan(raw.body().length() / 10);
  }

  @Test
  void refusesAnArticleOverTheSizeLimit() {
    CoreNlpEngine shared = SharedEngine.get();
    EngineSettings small =
        new EngineSettings("1", Duration.ofSeconds(30), 100, shared.settings().maxSentenceTokens());
    CoreNlpEngine strict = new CoreNlpEngine(small);
    assertThatThrownBy(() -> strict.enrich(SharedEngine.article("t", "x".repeat(101))))
        .isInstanceOf(ArticleTooLargeException.class)
        .hasMessageContaining("102 characters");
  }

  @Test
  void reportsEngineAndPipelineVersions() {
    var enrichment =
        SharedEngine.get().enrich(SharedEngine.article("A title", "A body.")).enrichment();
    assertThat(enrichment.engine()).isEqualTo("stanford-corenlp");
    assertThat(enrichment.engineVersion()).isEqualTo("4.5.10");
    assertThat(enrichment.pipelineVersion()).isEqualTo("1");
    assertThat(enrichment.partial()).isFalse();
  }
}
