package org.newsline.enrich;

import org.newsline.model.spring.YamlPropertySourceFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * The enrich service: articles.raw in, articles.enriched out, exactly once. Its defaults live in
 * {@code enrich-service.yml} (not {@code application.yml}), so that it can share a JVM with the
 * other services.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource(value = "classpath:enrich-service.yml", factory = YamlPropertySourceFactory.class)
public class EnrichApplication {

  public static void main(String[] args) {
    SpringApplication.run(EnrichApplication.class, args);
  }
}
