package org.newsline.enrich.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches a replay: every {@code progress-interval} reads the replay group's committed offsets (the
 * offsets of its committed transactions), reports a {@link ProgressLine}, and completes {@link
 * #finished()} once every partition's committed offset has reached the plan's end offset. Stopped
 * before that (the context closed: Ctrl-C), it completes {@link #finished()} exceptionally with
 * {@link ReplayStoppedException}.
 */
final class ReplayProgress implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ReplayProgress.class);

  private final ReplayPlan plan;
  private final Map<String, Object> adminConfig;
  private final Duration interval;
  private volatile Consumer<ProgressLine> report;
  private final CompletableFuture<ProgressLine> finished = new CompletableFuture<>();
  private ScheduledExecutorService ticks;
  private Admin admin;
  private long startedNanos;
  private Long doneAtStart;
  private volatile boolean running;

  ReplayProgress(ReplayPlan plan, Map<String, Object> adminConfig, Duration interval) {
    this.plan = plan;
    this.adminConfig = adminConfig;
    this.interval = interval;
    this.report = line -> log.info("{}", line);
  }

  /** Completes with the last progress line when the replay has reached its end offsets. */
  CompletableFuture<ProgressLine> finished() {
    return finished;
  }

  /** Where the progress lines go from now on (until then: the log). */
  void reportTo(Consumer<ProgressLine> report) {
    this.report = report;
  }

  @Override
  public void start() {
    admin = Admin.create(adminConfig);
    startedNanos = System.nanoTime();
    ticks =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "replay-progress");
              t.setDaemon(true);
              return t;
            });
    ticks.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    running = true;
  }

  private void tick() {
    if (finished.isDone()) {
      return;
    }
    try {
      Map<Integer, Long> committed = committed();
      long done = plan.done(committed);
      if (doneAtStart == null) {
        doneAtStart = done;
      }
      ProgressLine line =
          new ProgressLine(
              done,
              plan.total(),
              done - doneAtStart,
              Duration.ofNanos(System.nanoTime() - startedNanos));
      report.accept(line);
      if (plan.finished(committed)) {
        finished.complete(line);
      }
    } catch (Exception e) {
      log.warn("cannot read the progress of replay group {}: {}", plan.group(), e.toString());
    }
  }

  private Map<Integer, Long> committed() throws Exception {
    Map<Integer, Long> committed = new HashMap<>();
    admin
        .listConsumerGroupOffsets(plan.group())
        .partitionsToOffsetAndMetadata()
        .get(interval.toMillis() + 10_000, TimeUnit.MILLISECONDS)
        .forEach(
            (tp, offset) -> {
              if (tp.topic().equals(plan.topic()) && offset != null) {
                committed.put(tp.partition(), offset.offset());
              }
            });
    return committed;
  }

  @Override
  public void stop() {
    running = false;
    if (ticks != null) {
      ticks.shutdownNow();
    }
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
    finished.completeExceptionally(new ReplayStoppedException());
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the listener containers (near Integer.MAX_VALUE): stopped before them, started after. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  /** The replay was stopped before it reached its end offsets. */
  static final class ReplayStoppedException extends RuntimeException {
    ReplayStoppedException() {
      super("the replay was stopped before its end offsets");
    }
  }
}
