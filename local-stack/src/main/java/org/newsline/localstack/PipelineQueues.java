package org.newsline.localstack;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the articles on their way are, read from the services' own consumer-group lag gauges
 * ({@code newsline.consumer.group.lag}, from committed offsets, every {@code
 * newsline.kafka.lag-interval}): records of {@code articles.raw} the enrich group has not committed
 * (waiting to be enriched, or being enriched) and of {@code articles.enriched} the store group has
 * not (waiting to be stored). In the local stack the services run in this JVM, so their registries
 * are read directly.
 *
 * @param toEnrich raw records after the enrich group's committed offsets
 * @param toStore enriched records after the store group's committed offsets
 */
record PipelineQueues(long toEnrich, long toStore) {

  static final String LAG = "newsline.consumer.group.lag";

  /** A reader over the stack's enrich and store services; its answer is null until both report. */
  static Supplier<PipelineQueues> of(LocalStack stack) {
    return () -> {
      Long enrich = lag(stack.context("enrich"));
      Long store = lag(stack.context("store"));
      return enrich == null || store == null ? null : new PipelineQueues(enrich, store);
    };
  }

  /** The sum of the service's lag gauges, or null when it has none (not read yet). */
  static Long lag(ConfigurableApplicationContext service) {
    if (service == null || !service.isActive()) {
      return null;
    }
    Collection<Gauge> gauges = service.getBean(MeterRegistry.class).find(LAG).gauges();
    if (gauges.isEmpty()) {
      return null;
    }
    return gauges.stream().mapToLong(g -> Math.round(g.value())).sum();
  }

  /** For the progress line. */
  String line() {
    return String.format(
        java.util.Locale.ROOT, "on their way: %,d to enrich, %,d to store", toEnrich, toStore);
  }
}
