package org.newsline.localstack;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsline.feed.StoreProgress;
import org.newsline.feed.StoreWatch;

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
   * Asks the store with its presence endpoint (1,000 ids a request, stored ones not again) and
   * hands each look's progress to {@code progress}.
   */
  int awaitStored(StoreClient store, Duration timeout, Consumer<StoreProgress> progress)
      throws IOException, InterruptedException {
    StoreWatch watch = store.watch();
    ids().forEach(watch::acknowledged);
    return (int) watch.awaitAll(timeout, POLL, progress).stored();
  }
}
