package org.newsline.store.writing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The removal markers: one document per removed article, {@code {_id: id, removedAt, expiresAt}},
 * in a collection of their own, kept for {@code newsline.store.removal.marker-ttl} after the store
 * applied the removal. While a marker is kept, a copy of the article received ({@code receivedAt})
 * at or before {@code removedAt} is never stored again. MongoDB deletes expired markers (a TTL
 * index on {@code expiresAt}); the stand-in ignores that index, so an expired marker is also
 * ignored when read. Reads are plain {@code _id} lookups and writes one unordered bulk of upserts
 * with {@code $max}, so a marker only ever moves later and a redelivered batch changes nothing.
 */
final class RemovalMarkers {

  static final String REMOVED_AT = "removedAt";
  static final String EXPIRES_AT = "expiresAt";

  private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

  private final MongoCollection<Document> markers;
  private final Duration ttl;
  private final Clock clock;

  RemovalMarkers(MongoCollection<Document> markers, Duration ttl, Clock clock) {
    this.markers = markers;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** Creates the TTL index that lets MongoDB delete expired markers. */
  void createIndexes() {
    markers.createIndex(
        Indexes.ascending(EXPIRES_AT),
        new IndexOptions().name("expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS));
  }

  /** The removal times of those of {@code ids} that have an unexpired marker. */
  Map<String, Instant> removedAt(Collection<String> ids) {
    Map<String, Instant> removed = new HashMap<>();
    if (ids.isEmpty()) {
      return removed;
    }
    Instant now = clock.instant();
    for (Document marker : markers.find(Filters.in("_id", ids))) {
      Date expiresAt = marker.getDate(EXPIRES_AT);
      if (expiresAt == null || expiresAt.toInstant().isAfter(now)) {
        removed.put(marker.get("_id").toString(), marker.getDate(REMOVED_AT).toInstant());
      }
    }
    return removed;
  }

  /** Records (or moves later) the marker of each id, expiring {@code marker-ttl} from now. */
  void record(Map<String, Instant> removedAt) {
    if (removedAt.isEmpty()) {
      return;
    }
    Date expiresAt = Date.from(clock.instant().plus(ttl));
    List<WriteModel<Document>> models = new ArrayList<>(removedAt.size());
    removedAt.forEach(
        (id, at) ->
            models.add(
                new UpdateOneModel<>(
                    Filters.eq("_id", id),
                    Updates.combine(
                        Updates.max(REMOVED_AT, Date.from(at)), Updates.max(EXPIRES_AT, expiresAt)),
                    UPSERT)));
    markers.bulkWrite(models, new com.mongodb.client.model.BulkWriteOptions().ordered(false));
  }
}
