package org.newsline.enrich.pipeline;

import java.time.Duration;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's own engine (its pool of per-thread engines), except that it fails on articles whose
 * id starts with "explode", and takes at least {@link #SLOW_TIME} on those whose id starts with
 * "slow", as a long article does, so that a test can stop an instance with work still queued.
 */
@Configuration(proxyBeanMethods = false)
class ExplodingEngineConfiguration {

  static final String EXPLODE = "explode";
  static final String SLOW = "slow";
  static final Duration SLOW_TIME = Duration.ofMillis(100);

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
              if (raw.id().startsWith(SLOW)) {
                slowly();
              }
              return real.enrich(raw);
            };
      }
    };
  }

  private static void slowly() {
    try {
      Thread.sleep(SLOW_TIME.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
