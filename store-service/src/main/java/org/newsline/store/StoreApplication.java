package org.newsline.store;

import org.newsline.model.spring.YamlPropertySourceFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * The store service: consumes {@code articles.enriched}, persists each article to MongoDB
 * idempotently (newest enrichment wins), and serves the stored articles under {@code /api/v1}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource(value = "classpath:store-service.yml", factory = YamlPropertySourceFactory.class)
public class StoreApplication {

  public static void main(String[] args) {
    SpringApplication.run(StoreApplication.class, args);
  }
}
