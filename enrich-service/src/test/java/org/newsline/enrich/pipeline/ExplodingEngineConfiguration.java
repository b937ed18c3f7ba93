package org.newsline.enrich.pipeline;

import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The real engine, except that it fails on articles whose id starts with "explode". */
@Configuration(proxyBeanMethods = false)
class ExplodingEngineConfiguration {

  static final String EXPLODE = "explode";

  @Bean
  @Primary
  EnrichmentEngine explodingEngine(EnrichProperties properties) {
    // Same settings as the service's engine; CoreNLP shares the loaded annotators.
    EnrichmentEngine real = new CoreNlpEngine(properties.engineSettings());
    return raw -> {
      if (raw.id().startsWith(EXPLODE)) {
        throw new IllegalStateException("engine failed on " + raw.id());
      }
      return real.enrich(raw);
    };
  }
}
