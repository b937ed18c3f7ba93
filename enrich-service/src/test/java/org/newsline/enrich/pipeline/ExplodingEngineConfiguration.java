package org.newsline.enrich.pipeline;

import org.newsline.enrich.engine.EnrichmentEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's own engine (its pool of per-thread engines), except that it fails on articles whose
 * id starts with "explode".
 */
@Configuration(proxyBeanMethods = false)
class ExplodingEngineConfiguration {

  static final String EXPLODE = "explode";

  @Bean
  static BeanPostProcessor explodingEngine() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof EnrichmentEngine real)) {
          return bean;
        }
        return (EnrichmentEngine)
            raw -> {
              if (raw.id().startsWith(EXPLODE)) {
                throw new IllegalStateException("engine failed on " + raw.id());
              }
              return real.enrich(raw);
            };
      }
    };
  }
}
