package org.newsline.store;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
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
@OpenAPIDefinition(
    info =
        @Info(
            title = "Newsline store API",
            version = "v1",
            description =
                "Query the enriched articles: articles by entity, source and time, the most mentioned entities of a period, and the figures (counted amounts with value, unit and qualifier) the enrichment found. Authenticate with a read key in X-API-Key or as Authorization: Bearer.",
            license =
                @License(
                    name = "GPL-3.0-or-later",
                    url = "https://www.gnu.org/licenses/gpl-3.0.html")),
    servers = @Server(url = "/", description = "This store service"))
@ConfigurationPropertiesScan
@PropertySource(value = "classpath:store-service.yml", factory = YamlPropertySourceFactory.class)
public class StoreApplication {

  public static void main(String[] args) {
    SpringApplication.run(StoreApplication.class, args);
  }
}
