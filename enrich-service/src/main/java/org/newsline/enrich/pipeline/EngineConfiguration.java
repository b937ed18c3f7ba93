package org.newsline.enrich.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EnginePool;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.newsline.enrich.language.LanguageDetector;
import org.newsline.enrich.language.LanguageGate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the engines once at start-up: one per consumer thread, each with CoreNLP models of its own,
 * so no two threads share a pipeline; in front of them the language gate, which lets only English
 * articles through to them.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  @ConditionalOnMissingBean
  EnrichmentEngine enrichmentEngine(EnrichProperties properties, MeterRegistry registry) {
    List<CoreNlpEngine> engines = new ArrayList<>();
    for (int i = 0; i < properties.concurrency(); i++) {
      engines.add(CoreNlpEngine.withOwnModels(properties.engineSettings()));
    }
    return new LanguageGate(
        new EnginePool(engines), LanguageDetector.load(), properties.engineSettings(), registry);
  }
}
