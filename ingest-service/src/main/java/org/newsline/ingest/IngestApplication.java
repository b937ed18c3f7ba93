package org.newsline.ingest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
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
@OpenAPIDefinition(
    info =
        @Info(
            title = "Newsline ingest API",
            version = "v1",
            description =
                "Send news articles (JSON, plain text, HTML, or NDJSON and JSON-array batches) to be validated, cleaned of site chrome and published to Kafka (articles.raw) for enrichment. Every write is answered only after Kafka acknowledged it. Authenticate with an ingest key in X-API-Key or as Authorization: Bearer.",
            license =
                @License(
                    name = "GPL-3.0-or-later",
                    url = "https://www.gnu.org/licenses/gpl-3.0.html")),
    servers = @Server(url = "/", description = "This ingest service"))
@PropertySource(value = "classpath:ingest-service.yml", factory = YamlPropertySourceFactory.class)
@EnableConfigurationProperties(IngestProperties.class)
public class IngestApplication {

  public static void main(String[] args) {
    SpringApplication.run(IngestApplication.class, args);
  }
}
