package org.newsline.store;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The store service: consumes {@code articles.enriched}, persists each article to MongoDB
 * idempotently (newest enrichment wins), and serves the stored articles under {@code /api/v1}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StoreApplication {

  public static void main(String[] args) {
    SpringApplication.run(StoreApplication.class, args);
  }
}
