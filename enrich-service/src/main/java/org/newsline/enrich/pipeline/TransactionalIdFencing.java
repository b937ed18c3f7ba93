package org.newsline.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Before the listener starts, takes every transactional id this instance can use (the prefix with
 * suffixes 0 to concurrency - 1: the producer factory's fixed pool) through {@code
 * initTransactions}. An instance restarted under the transactional-id prefix of one that died
 * thereby aborts, at once, every transaction the dead one left open; otherwise an id that the new
 * instance happens not to need soon (its consumers' transactions seldom overlap, so one producer
 * often serves them all) would keep its open transaction, and read_committed readers of the
 * partitions it wrote to waiting, until {@code transaction.timeout.ms}. Best effort: when the
 * broker cannot be reached, the ids are taken as the first transactions need them.
 */
final class TransactionalIdFencing implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TransactionalIdFencing.class);

  private final ProducerFactory<String, Object> producers;
  private final int ids;
  private volatile boolean running;

  TransactionalIdFencing(ProducerFactory<String, Object> producers, int ids) {
    this.producers = producers;
    this.ids = ids;
  }

  @Override
  public void start() {
    List<Producer<String, Object>> held = new ArrayList<>();
    try {
      // Held together, so that each is a different id of the pool; each ran initTransactions.
      for (int i = 0; i < ids; i++) {
        held.add(producers.createProducer());
      }
      log.info("took the {} transactional ids of this instance", held.size());
    } catch (RuntimeException e) {
      log.warn(
          "could not take this instance's transactional ids at start-up ({}): the first"
              + " transactions take them",
          e.toString());
    } finally {
      held.forEach(Producer::close); // back to the factory's cache, ready for the listener
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the listener containers (Spring Kafka starts them late, near Integer.MAX_VALUE). */
  @Override
  public int getPhase() {
    return 0;
  }
}
