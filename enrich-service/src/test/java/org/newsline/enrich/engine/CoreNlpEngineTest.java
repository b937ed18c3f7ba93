package org.newsline.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
    // Same annotators (CoreNLP pools them), on a clock that moves half the budget at each look:
    // the budget runs out after two batches of sentences, however fast the machine is.
    Duration budget = Duration.ofSeconds(10);
    AtomicLong now = new AtomicLong();
    CoreNlpEngine hurried =
        new CoreNlpEngine(
            shared.settings().withTimeBudget(budget), () -> now.getAndAdd(budget.toNanos() / 2));
    RawArticle raw = SharedEngine.article("Long", pathological());

    EnrichmentResult result = hurried.enrich(raw);

    assertThat(result.enrichment().partial()).isTrue();
    assertThat(result.enrichment().warnings())
        .singleElement()
        .asString()
        .contains("time budget of 10000 ms ran out: body annotated only up to character");
    assertThat(result.tokens()).isPositive().isLessThan(raw.body().length() / 6);
  }

  @Test
  void anEngineWithItsOwnModelsSharesNoAnnotatorAndTagsExactlyAsTheSharedOne() throws Exception {
    CoreNlpEngine shared = SharedEngine.get();
    CoreNlpEngine own = CoreNlpEngine.withOwnModels(shared.settings());

    List<?> sharedAnnotators = annotators(shared.tagger());
    List<?> ownAnnotators = annotators(own.tagger());
    assertThat(ownAnnotators).hasSameSizeAs(sharedAnnotators);
    for (int i = 0; i < ownAnnotators.size(); i++) {
      assertThat(ownAnnotators.get(i))
          .isNotSameAs(sharedAnnotators.get(i))
          .hasSameClassAs(sharedAnnotators.get(i));
    }
    RawArticle raw =
        SharedEngine.article(
            "Around 400 Troops Leave Kharkiv Base",
            "Lt. Col. Maria Ivanova told the Kyiv Independent on Monday that at least 1,200"
                + " soldiers, about 10 percent of the brigade, had left since March 3. The"
                + " Ministry of Defence in London said three or four convoys moved north.");
    EnrichmentResult a = shared.enrich(raw);
    EnrichmentResult b = own.enrich(raw);
    assertThat(b.entities()).isEqualTo(a.entities()).isNotEmpty();
    assertThat(b.figures()).isEqualTo(a.figures()).isNotEmpty();
    assertThat(b.dates()).isEqualTo(a.dates()).isNotEmpty();
    assertThat(b.tokens()).isEqualTo(a.tokens());
  }

  private static List<?> annotators(AnnotationPipeline pipeline) throws Exception {
    Field field = AnnotationPipeline.class.getDeclaredField("annotators");
    field.setAccessible(true);
    return (List<?>) field.get(pipeline);
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
    assertThat(enrichment.pipelineVersion()).isEqualTo("3");
    assertThat(enrichment.partial()).isFalse();
  }
}
