package org.newsline.enrich;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The enrich service: articles.raw in, articles.enriched out, exactly once. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

  public static void main(String[] args) {
    SpringApplication.run(EnrichApplication.class, args);
  }
}
