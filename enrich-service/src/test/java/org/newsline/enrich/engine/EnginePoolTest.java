package org.newsline.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.SharedEngine;
import org.newsline.model.Enrichment;
import org.newsline.model.RawArticle;

class EnginePoolTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  /** An engine that fails the test if two calls are ever inside it at once. */
  private static final class Exclusive implements EnrichmentEngine {
    final AtomicBoolean busy = new AtomicBoolean();
    final AtomicInteger calls = new AtomicInteger();
    final Set<Thread> callers = ConcurrentHashMap.newKeySet();
    volatile CountDownLatch hold = new CountDownLatch(0);
    volatile RuntimeException failure;

    @Override
    public EnrichmentResult enrich(RawArticle raw) {
      if (!busy.compareAndSet(false, true)) {
        throw new AssertionError("two callers in one engine");
      }
      try {
        callers.add(Thread.currentThread());
        calls.incrementAndGet();
        if (hold.getCount() > 0) {
          hold.await(10, TimeUnit.SECONDS);
        }
        if (failure != null) {
          throw failure;
        }
        return new EnrichmentResult(
            new Enrichment("fake", "1", "1", false, List.of()), List.of(), List.of(), List.of(), 1);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      } finally {
        busy.set(false);
      }
    }
  }

  private static RawArticle article() {
    return SharedEngine.article("Title", "A body long enough for the pool.");
  }

  @Test
  void givesConcurrentCallersAnEngineEachAndNeverOneEngineToTwo() throws Exception {
    Exclusive first = new Exclusive();
    Exclusive second = new Exclusive();
    EnginePool pool = new EnginePool(List.of(first, second));
    List<Future<?>> callers =
        List.of(threads.submit(() -> repeat(pool, 200)), threads.submit(() -> repeat(pool, 200)));
    for (Future<?> caller : callers) {
      caller.get(30, TimeUnit.SECONDS);
    }
    assertThat(first.calls.get() + second.calls.get()).isEqualTo(400);
    assertThat(pool.size()).isEqualTo(2);
  }

  private static void repeat(EnginePool pool, int times) {
    for (int i = 0; i < times; i++) {
      pool.enrich(article());
    }
  }

  @Test
  void takesTheEngineBackWhenItThrows() {
    Exclusive only = new Exclusive();
    only.failure = new IllegalStateException("model blew up");
    EnginePool pool = new EnginePool(List.of(only));

    assertThatThrownBy(() -> pool.enrich(article())).hasMessage("model blew up");
    only.failure = null;
    assertThat(pool.enrich(article()).tokens()).isEqualTo(1);
  }

  @Test
  void aCallerBeyondThePoolWaitsForAnEngineAndIsNotCutShortByAnInterrupt() throws Exception {
    Exclusive only = new Exclusive();
    only.hold = new CountDownLatch(1);
    EnginePool pool = new EnginePool(List.of(only));
    Future<?> holder = threads.submit(() -> pool.enrich(article()));
    await().until(() -> only.calls.get() == 1);

    AtomicBoolean interruptedAfter = new AtomicBoolean();
    Thread waiter =
        new Thread(
            () -> {
              pool.enrich(article());
              interruptedAfter.set(Thread.currentThread().isInterrupted());
            });
    waiter.start();
    await().until(() -> waiter.getState() == Thread.State.WAITING);
    waiter.interrupt();
    assertThat(waiter.isAlive()).isTrue();

    only.hold.countDown();
    holder.get(10, TimeUnit.SECONDS);
    waiter.join(Duration.ofSeconds(10).toMillis());
    assertThat(waiter.isAlive()).isFalse();
    assertThat(only.calls.get()).isEqualTo(2);
    assertThat(interruptedAfter).isTrue();
  }

  @Test
  void refusesAnEmptyPool() {
    assertThatThrownBy(() -> new EnginePool(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
