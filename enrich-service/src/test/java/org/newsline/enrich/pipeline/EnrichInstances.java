package org.newsline.enrich.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsline.enrich.EnrichApplication;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;
import org.newsline.testsupport.UniqueNames;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the enrich service as its own Spring application on a test's topics, as in production
 * except for the engine ({@link ExplodingEngineConfiguration} wraps the service's own).
 */
final class EnrichInstances {

  static final int PARTITIONS = 3;
  static final String MANAGEMENT_KEY = "test-management-key";

  /**
   * For the contexts a test starts besides a shared one: each consumer thread loads a CoreNLP
   * pipeline of its own (~265 MB), and a closed context's are not all freed at once.
   */
  static final String ONE_CONSUMER = "--newsline.enrich.concurrency=1";

  /** Topic names of one test's service instance(s). */
  record Names(String raw, String enriched, String rawDlt, String enrichedDlt, String group) {
    static Names unique() {
      return new Names(
          UniqueNames.of("articles.raw"),
          UniqueNames.of("articles.enriched"),
          UniqueNames.of("articles.raw-dlt"),
          UniqueNames.of("articles.enriched-dlt"),
          UniqueNames.of("enrich"));
    }
  }

  private EnrichInstances() {}

  static void createTopics(Infrastructure infrastructure, Names names) {
    KafkaTestClients.createTopics(
        infrastructure,
        PARTITIONS,
        names.raw(),
        names.enriched(),
        names.rawDlt(),
        names.enrichedDlt());
  }

  /** The service on the test's topics; each of {@code more} replaces a setting of the same name. */
  static ConfigurableApplicationContext start(
      Infrastructure infrastructure, Names names, String... more) {
    return start(infrastructure, names, List.of(), more);
  }

  /** An instance without CoreNLP, for a test whose records never reach the engine. */
  static ConfigurableApplicationContext startWithoutEngine(
      Infrastructure infrastructure, Names names, String... more) {
    return start(infrastructure, names, List.of(NoEngineConfiguration.class), more);
  }

  private static ConfigurableApplicationContext start(
      Infrastructure infrastructure, Names names, List<Class<?>> first, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=" + names.group(),
                "--newsline.kafka.topics.raw=" + names.raw(),
                "--newsline.kafka.topics.enriched=" + names.enriched(),
                "--newsline.kafka.topics.raw-dlt=" + names.rawDlt(),
                "--newsline.kafka.topics.enriched-dlt=" + names.enrichedDlt(),
                "--newsline.kafka.partitions=" + PARTITIONS,
                "--newsline.enrich.max-article-chars=5000",
                "--newsline.enrich.retry-backoff=50ms",
                "--newsline.security.management-keys=" + MANAGEMENT_KEY,
                "--server.port=0",
                // Micrometer's global registry keeps every closed context's registry; with it on,
                // EnrichFlowScenario's 6 contexts filled the heap (708 s instead of 55).
                "--management.metrics.use-global-registry=false"));
    args.addAll(List.of(more));
    // A later --name=value replaces an earlier one (Spring would join the two with a comma).
    Map<String, String> byName = new LinkedHashMap<>();
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      byName.remove(name);
      byName.put(name, arg);
    }
    List<Class<?>> sources = new ArrayList<>(first);
    sources.add(EnrichApplication.class);
    sources.add(ExplodingEngineConfiguration.class);
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
        .run(byName.values().toArray(String[]::new));
  }
}
