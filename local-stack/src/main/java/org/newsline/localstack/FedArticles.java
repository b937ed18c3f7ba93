package org.newsline.localstack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the articles this start fed (the samples and {@code --feed}) that ingest acknowledged,
 * and the wait until the store has them.
 */
final class FedArticles {

  private static final Duration POLL = Duration.ofMillis(250);

  private final Set<String> ids = new LinkedHashSet<>();

  synchronized void add(String id) {
    ids.add(id);
  }

  synchronized void addAll(List<String> more) {
    ids.addAll(more);
  }

  synchronized List<String> ids() {
    return List.copyOf(ids);
  }

  synchronized int size() {
    return ids.size();
  }

  /**
   * Waits until the store has every fed article or {@code timeout} passes; returns how many it has.
   */
  int awaitStored(StoreClient store, Duration timeout) throws IOException, InterruptedException {
    List<String> pending = new ArrayList<>(ids());
    int all = pending.size();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> still = new ArrayList<>();
      for (String id : pending) {
        if (!store.isStored(id)) {
          still.add(id);
        }
      }
      pending = still;
      if (pending.isEmpty() || System.nanoTime() - deadline >= 0) {
        return all - pending.size();
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
