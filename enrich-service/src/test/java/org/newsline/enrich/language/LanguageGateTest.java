package org.newsline.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.SharedEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;

class LanguageGateTest {

  private static final LanguageDetector DETECTOR = LanguageDetector.load();

  private static final String RUSSIAN =
      "По данным министерства, более 300 военнослужащих покинули часть в Краснодаре за последнюю"
          + " неделю. Командование заявило в понедельник, что 40 из них уже вернулись.";

  private static final String ENGLISH =
      "Police in Krasnodar said on Monday that more than 300 soldiers had left the base last week."
          + " The ministry said 40 of them had returned.";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final AtomicInteger engineCalls = new AtomicInteger();
  private final EnrichmentEngine english =
      raw -> {
        engineCalls.incrementAndGet();
        return SharedEngine.get().enrich(raw);
      };
  private final LanguageGate gate =
      new LanguageGate(english, DETECTOR, EngineSettings.defaults(), registry);

  @Test
  void aRussianArticleGetsNoEntitiesFiguresOrDatesButTheWarningAndIsCounted() {
    RawArticle raw = article(null, "Дезертиры в Краснодаре", RUSSIAN);
    // What the English engine alone makes of it: a figure whose unit is the rest of the sentence.
    assertThat(SharedEngine.get().enrich(raw).figures()).isNotEmpty();

    EnrichmentResult result = gate.enrich(raw);

    assertThat(engineCalls).hasValue(0);
    assertThat(result.entities()).isEmpty();
    assertThat(result.figures()).isEmpty();
    assertThat(result.dates()).isEmpty();
    assertThat(result.tokens()).isZero();
    assertThat(result.enrichment().partial()).isTrue();
    assertThat(result.enrichment().warnings())
        .singleElement()
        .asString()
        .startsWith("unsupported-language: ru (detected)");
    EnrichedArticle enriched = result.toArticle(raw, Instant.parse("2025-04-20T10:01:00Z"));
    assertThat(enriched.language()).isEqualTo("ru");
    assertThat(unsupported("ru")).isEqualTo(1.0);
  }

  @Test
  void anEnglishArticleIsEnrichedAsByTheEngineAloneAndGetsItsLanguage() {
    RawArticle raw = article(null, "Soldiers leave Krasnodar base", ENGLISH);
    EnrichmentResult alone = SharedEngine.get().enrich(raw);

    EnrichmentResult result = gate.enrich(raw);

    assertThat(engineCalls).hasValue(1);
    assertThat(result.entities()).isEqualTo(alone.entities()).isNotEmpty();
    assertThat(result.figures()).isEqualTo(alone.figures()).isNotEmpty();
    assertThat(result.dates()).isEqualTo(alone.dates());
    assertThat(result.enrichment()).isEqualTo(alone.enrichment());
    assertThat(result.toArticle(raw, Instant.now()).language()).isEqualTo("en");
    assertThat(registry.find(LanguageGate.METRIC).counters()).isEmpty();
  }

  @Test
  void aGivenLanguageIsTrustedOverTheText() {
    EnrichmentResult german = gate.enrich(article("de-DE", "Soldiers leave", ENGLISH));

    assertThat(engineCalls).hasValue(0);
    assertThat(german.figures()).isEmpty();
    assertThat(german.enrichment().warnings())
        .singleElement()
        .asString()
        .startsWith("unsupported-language: de (given)");
    assertThat(german.language()).isEqualTo("de");
    assertThat(unsupported("de")).isEqualTo(1.0);

    EnrichmentResult english = gate.enrich(article("en", "", RUSSIAN));

    assertThat(engineCalls).hasValue(1);
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.enrichment().warnings()).isEmpty();
  }

  @Test
  void anArticleWhoseLanguageCannotBeToldGoesToTheEnglishEngineWithoutALanguage() {
    RawArticle raw = article(null, "", "12 345 678 90 2024, 45.6%");

    EnrichmentResult result = gate.enrich(raw);

    assertThat(engineCalls).hasValue(1);
    assertThat(result.enrichment().warnings()).isEmpty();
    assertThat(result.toArticle(raw, Instant.now()).language()).isNull();
  }

  @Test
  void aClientsOddLanguageCodeIsCountedAsOther() {
    gate.enrich(article("qq", "", ENGLISH));

    assertThat(unsupported("other")).isEqualTo(1.0);
  }

  private double unsupported(String language) {
    return registry.get(LanguageGate.METRIC).tag("language", language).counter().count();
  }

  private static RawArticle article(String language, String title, String body) {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        "lang-1",
        "test",
        null,
        title,
        body,
        language,
        Instant.parse("2025-04-20T08:00:00Z"),
        Instant.parse("2025-04-20T10:00:00Z"),
        HexFormat.of().formatHex(new byte[32]),
        List.of(),
        Map.of());
  }
}
