package org.newsline.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EnginePool;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the engines once at start-up: one per consumer thread, each with CoreNLP models of its own,
 * so no two threads share a pipeline.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  @ConditionalOnMissingBean
  EnrichmentEngine enrichmentEngine(EnrichProperties properties) {
    List<CoreNlpEngine> engines = new ArrayList<>();
    for (int i = 0; i < properties.concurrency(); i++) {
      engines.add(CoreNlpEngine.withOwnModels(properties.engineSettings()));
    }
    return new EnginePool(engines);
  }
}
