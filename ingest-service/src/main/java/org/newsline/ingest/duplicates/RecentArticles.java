package org.newsline.ingest.duplicates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids and content hashes of articles this instance published recently: a bounded, least recently
 * used map with a time to live. Only acknowledged articles are remembered. It is a per-instance
 * optimisation; the store's idempotent upsert is the guard across instances and restarts.
 */
public final class RecentArticles {

  private record Seen(String contentHash, Instant at) {}

  private final int capacity;
  private final Duration ttl;
  private final Clock clock;
  private final LinkedHashMap<String, Seen> entries;

  public RecentArticles(int capacity, Duration ttl, Clock clock) {
    this.capacity = capacity;
    this.ttl = ttl;
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > RecentArticles.this.capacity;
          }
        };
  }

  /** True when {@code id} was published with this very content within the time to live. */
  public synchronized boolean isDuplicate(String id, String contentHash) {
    if (capacity <= 0) {
      return false;
    }
    Seen entry = entries.get(id);
    if (entry == null) {
      return false;
    }
    if (entry.at().plus(ttl).isBefore(clock.instant())) {
      entries.remove(id);
      return false;
    }
    return entry.contentHash().equals(contentHash);
  }

  /** Records that {@code id} was published (acknowledged) with this content. */
  public synchronized void remember(String id, String contentHash) {
    if (capacity > 0) {
      entries.put(id, new Seen(contentHash, clock.instant()));
    }
  }

  /**
   * Forgets {@code id} (it was removed): the same content sent again afterwards is a new
   * submission, published again, not a duplicate.
   */
  public synchronized void forget(String id) {
    entries.remove(id);
  }

  synchronized int size() {
    return entries.size();
  }
}
