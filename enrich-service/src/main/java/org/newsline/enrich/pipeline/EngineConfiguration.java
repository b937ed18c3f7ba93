package org.newsline.enrich.pipeline;

import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the engine once at start-up; every consumer thread shares it. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  @ConditionalOnMissingBean
  EnrichmentEngine enrichmentEngine(EnrichProperties properties) {
    return new CoreNlpEngine(properties.engineSettings());
  }
}
