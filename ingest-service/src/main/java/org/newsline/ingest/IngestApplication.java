package org.newsline.ingest;

import org.newsline.model.spring.YamlPropertySourceFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.PropertySource;

/**
 * The ingest service: accepts articles over HTTP and publishes them to {@code articles.raw}. Its
 * defaults live in {@code ingest-service.yml} (not {@code application.yml}), so that it can share a
 * JVM with the other services.
 */
@SpringBootApplication
@PropertySource(value = "classpath:ingest-service.yml", factory = YamlPropertySourceFactory.class)
@EnableConfigurationProperties(IngestProperties.class)
public class IngestApplication {

  public static void main(String[] args) {
    SpringApplication.run(IngestApplication.class, args);
  }
}
