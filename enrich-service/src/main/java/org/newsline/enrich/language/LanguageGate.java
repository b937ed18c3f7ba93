package org.newsline.enrich.language;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.Enrichment;
import org.newsline.model.RawArticle;

/**
 * Runs the English engine only on English. The article's language is the one its client gave
 * (trusted: {@code "de"} on English text is German), else the detected one; an article in another
 * language is enriched with no entities, figures or dates, marked partial with an {@value #WARNING}
 * warning and counted in {@code enrich.unsupported.language{language}}. An article whose language
 * cannot be decided (very short, numbers only) goes to the English engine, as every article did
 * before, with {@code language} null.
 */
public final class LanguageGate implements EnrichmentEngine {

  /** The warning's code, first in its text. */
  public static final String WARNING = "unsupported-language";

  static final String METRIC = "enrich.unsupported.language";

  /** Tag values: ISO 639-1 codes (else {@code other}), so that no client can grow the series. */
  private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

  private final EnrichmentEngine english;
  private final LanguageDetector detector;
  private final EngineSettings settings;
  private final MeterRegistry registry;

  public LanguageGate(
      EnrichmentEngine english,
      LanguageDetector detector,
      EngineSettings settings,
      MeterRegistry registry) {
    this.english = english;
    this.detector = detector;
    this.settings = settings;
    this.registry = registry;
  }

  @Override
  public EnrichmentResult enrich(RawArticle raw) {
    String given = ArticleLanguage.given(raw.language());
    String language = given != null ? given : detector.detect(raw.title(), raw.body()).orElse(null);
    if (language == null || language.equals(ArticleLanguage.ENGLISH)) {
      return english.enrich(raw).withLanguage(language);
    }
    settings.requireWithinLimit(raw);
    counter(language).increment();
    Enrichment enrichment =
        new Enrichment(
            CoreNlpEngine.ENGINE,
            CoreNlpEngine.ENGINE_VERSION,
            settings.pipelineVersion(),
            true,
            List.of(
                WARNING
                    + ": "
                    + language
                    + (given != null ? " (given)" : " (detected)")
                    + "; entities, figures and dates are found in English text only"));
    return new EnrichmentResult(enrichment, List.of(), List.of(), List.of(), 0)
        .withLanguage(language);
  }

  private Counter counter(String language) {
    return Counter.builder(METRIC)
        .description("Articles not enriched because they are not in English, by language")
        .tag("language", KNOWN.contains(language) ? language : "other")
        .register(registry);
  }
}
