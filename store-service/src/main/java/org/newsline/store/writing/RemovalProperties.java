package org.newsline.store.writing;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the store keeps removed articles out ({@code newsline.store.removal.*}).
 *
 * @param collection collection of the removal markers, default {@code removals}
 * @param markerTtl how long a removal marker is kept after the store applied the removal, default
 *     30 days. It must exceed the longest time an old copy of a removed article can still reach the
 *     store: {@code max.compaction.lag.ms} plus {@code delete.retention.ms} of {@code articles.raw}
 *     (until then a replay can still read the old raw record) plus {@code retention.ms} and {@code
 *     segment.ms} of {@code articles.enriched} (until then its enriched copy can still be read
 *     there): 7 + 1 + 7 + 1 = 16 days with the platform's defaults. The store refuses to start with
 *     a shorter one
 */
@ConfigurationProperties("newsline.store.removal")
record RemovalProperties(
    @DefaultValue("removals") String collection, @DefaultValue("30d") Duration markerTtl) {

  RemovalProperties {
    if (collection == null || collection.isBlank()) {
      throw new IllegalArgumentException("newsline.store.removal.collection must not be empty");
    }
    if (markerTtl.isNegative() || markerTtl.isZero()) {
      throw new IllegalArgumentException("newsline.store.removal.marker-ttl must be positive");
    }
  }

  /**
   * Refuses a marker TTL that does not outlast {@code window}, the longest an old copy of a removed
   * article can still arrive ({@code PlatformKafkaProperties.removedCopyWindow}; empty: forever).
   */
  void checkOutlasts(Optional<Duration> window) {
    if (window.isEmpty()) {
      throw new IllegalStateException(
          "articles.enriched keeps records forever (newsline.kafka.enriched.retention-ms=-1): no"
              + " removal marker is kept long enough to keep a removed article out; set a"
              + " retention");
    }
    if (markerTtl.compareTo(window.get()) <= 0) {
      throw new IllegalStateException(
          "newsline.store.removal.marker-ttl ("
              + markerTtl
              + ") must exceed the longest an old copy of a removed article can still arrive ("
              + window.get()
              + ": max(segment.ms, max.compaction.lag.ms) + delete.retention.ms of articles.raw"
              + " + retention.ms + segment.ms of articles.enriched)");
    }
  }
}
