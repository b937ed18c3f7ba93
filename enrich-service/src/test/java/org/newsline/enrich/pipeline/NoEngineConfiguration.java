package org.newsline.enrich.pipeline;

import org.newsline.enrich.engine.EnrichmentEngine;
import org.springframework.context.annotation.Bean;

/**
 * For a test whose records never reach the engine (they are dead-lettered as unreadable): an engine
 * that refuses every article instead of CoreNLP's, whose models take a pipeline's heap and most of
 * the start. Registered before the service's own configuration, so that {@code EngineConfiguration}
 * (on a missing engine) loads none. Deliberately not a {@code @Configuration}: the service's
 * component scan covers this package on the test classpath and would give every test's service this
 * engine; as a source given to {@code SpringApplicationBuilder} its bean method is read all the
 * same.
 */
class NoEngineConfiguration {

  @Bean
  EnrichmentEngine refusingEngine() {
    return raw -> {
      throw new UnsupportedOperationException("this test's service enriches nothing: " + raw.id());
    };
  }
}
