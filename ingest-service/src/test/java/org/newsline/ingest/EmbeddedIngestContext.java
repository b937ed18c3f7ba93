package org.newsline.ingest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.UniqueNames;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The ingest service on the embedded broker with small limits, shared by every test class so
 * annotated (one Spring context): keys {@link IngestHttp#KEY}, {@code it-key-2}; management key
 * {@link IngestHttp#MANAGEMENT_KEY}; a topic name unique to this JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "newsline.security.api-keys=" + IngestHttp.KEY + ",it-key-2",
      "newsline.security.management-keys=" + IngestHttp.MANAGEMENT_KEY,
      "newsline.ingest.max-article-size=64KB",
      "newsline.ingest.max-batch-items=20",
      "newsline.ingest.max-batch-size=256KB",
      "newsline.ingest.rate-limit.requests-per-second=0",
      "newsline.kafka.partitions=3"
    })
@ContextConfiguration(initializers = EmbeddedIngestContext.Initializer.class)
public @interface EmbeddedIngestContext {

  /** Points the context at the embedded broker and a unique raw topic. */
  class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final String RAW_TOPIC = UniqueNames.of("articles.raw");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
      TestPropertyValues.of(
              "spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
              "newsline.kafka.topics.raw=" + RAW_TOPIC,
              "newsline.kafka.topics.enriched=" + UniqueNames.of("articles.enriched"),
              "newsline.kafka.topics.raw-dlt=" + UniqueNames.of("articles.raw-dlt"),
              "newsline.kafka.topics.enriched-dlt=" + UniqueNames.of("articles.enriched-dlt"))
          .applyTo(context);
    }
  }
}
