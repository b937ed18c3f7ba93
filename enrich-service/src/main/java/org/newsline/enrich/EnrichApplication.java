package org.newsline.enrich;

import java.util.Arrays;
import org.newsline.enrich.replay.ReplayCommand;
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

  /** The service; with {@code replay} first, the replay command ({@code replay --help}). */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("replay")) {
      ReplayCommand.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    SpringApplication.run(EnrichApplication.class, args);
  }
}
