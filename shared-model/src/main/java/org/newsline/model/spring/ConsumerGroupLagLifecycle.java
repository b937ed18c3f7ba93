package org.newsline.model.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the committed-offset lag of this service's consumer groups ({@link ConsumerGroupLag})
 * as the gauges {@code newsline.consumer.group.lag} (records behind) and {@code
 * newsline.consumer.group.offset} (the offset the group resumes from: its committed offset, or the
 * partition's start before its first commit), tagged {@code group}, {@code topic} and {@code
 * partition}; the alerts on lag and stalled partitions read them. Reads every {@code
 * newsline.kafka.lag-interval} on a thread of its own; when the broker cannot be asked the series
 * disappear (other alerts cover Kafka being away) rather than go on showing old values.
 *
 * <p>Starts after the listener containers and stops before them (phase).
 */
final class ConsumerGroupLagLifecycle implements SmartLifecycle {

  private static final System.Logger LOG =
      System.getLogger(ConsumerGroupLagLifecycle.class.getName());
  static final String LAG = "newsline.consumer.group.lag";
  static final String OFFSET = "newsline.consumer.group.offset";

  private final Supplier<Map<String, Object>> adminConfig;
  private final Supplier<Collection<String>> groups;
  private final Supplier<MeterRegistry> registry;
  private final Duration interval;
  private volatile ScheduledExecutorService executor;
  private volatile Admin admin;
  private volatile ConsumerGroupLag reader;
  private volatile MultiGauge lag;
  private volatile MultiGauge offset;
  private volatile boolean failing;

  ConsumerGroupLagLifecycle(
      Supplier<Map<String, Object>> adminConfig,
      Supplier<Collection<String>> groups,
      Supplier<MeterRegistry> registry,
      Duration interval) {
    this.adminConfig = adminConfig;
    this.groups = groups;
    this.registry = registry;
    this.interval = interval;
  }

  /**
   * Starts reading, unless there is nothing to read (no listener container with a group, as in
   * ingest), nowhere to publish (no meter registry) or no Kafka admin configuration.
   */
  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    MeterRegistry registry = this.registry.get();
    Map<String, Object> config = adminConfig.get();
    if (registry == null || config == null || groups.get().isEmpty()) {
      return;
    }
    lag =
        MultiGauge.builder(LAG)
            .description("Records of a partition after its consumer group's committed offset")
            .register(registry);
    offset =
        MultiGauge.builder(OFFSET)
            .description("The offset of a partition the consumer group resumes from")
            .register(registry);
    admin = Admin.create(config);
    reader = new ConsumerGroupLag(admin, Math.min(10_000, interval.toMillis() * 2));
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "newsline-consumer-lag");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One reading: the gauges show exactly the partitions read now. */
  void poll() {
    try {
      Collection<String> names = groups.get();
      List<ConsumerGroupLag.Row> rows = names.isEmpty() ? List.of() : reader.read(names);
      publish(rows);
      if (failing) {
        LOG.log(Level.INFO, "Reading consumer group offsets works again");
        failing = false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      publish(List.of());
      if (!failing) {
        LOG.log(
            Level.WARNING,
            "Cannot read consumer group offsets (lag gauges withdrawn until it works): " + e);
        failing = true;
      }
    }
  }

  private void publish(List<ConsumerGroupLag.Row> rows) {
    lag.register(rows(rows, ConsumerGroupLag.Row::lag), true);
    offset.register(rows(rows, ConsumerGroupLag.Row::position), true);
  }

  private static List<MultiGauge.Row<?>> rows(
      List<ConsumerGroupLag.Row> rows, Function<ConsumerGroupLag.Row, Long> value) {
    return rows.stream()
        .<MultiGauge.Row<?>>map(
            r ->
                MultiGauge.Row.of(
                    Tags.of(
                        "group",
                        r.group(),
                        "topic",
                        r.topic(),
                        "partition",
                        Integer.toString(r.partition())),
                    value.apply(r)))
        .toList();
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    admin.close(Duration.ofSeconds(2));
    executor = null;
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }

  @Override
  public int getPhase() {
    // Listener containers run at Integer.MAX_VALUE - 100: start after them, stop before them.
    return Integer.MAX_VALUE - 50;
  }
}
