package org.newsline.store.writing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.documents.ArticleFields;

/**
 * Applies the removals (tombstones) of one batch and says which of its articles are copies of a
 * removed one. The rule, whatever the order of records within or across batches: while a marker
 * says {@code id} was removed at {@code removedAt}, no document of {@code id} received ({@code
 * receivedAt}) at or before {@code removedAt} is kept or stored; one received after it (the article
 * sent again after its removal) is a new submission and is stored.
 *
 * <p>One batch: the markers of all its ids are read at its start (one {@code _id $in} read), the
 * batch's removals are recorded as markers first and then the stored documents they remove are
 * deleted (a conditional {@code deleteOne} per id, so a newer submission already stored stays).
 * Every step is idempotent: a batch retried after any failure, or redelivered after a restart or
 * rebalance, ends in the same state.
 */
final class Removals {

  private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

  /** A tombstone of the batch: the article {@code id} was removed at {@code removedAt}. */
  record Tombstone(String id, Instant removedAt) {}

  /** The removals in force for a batch, by id: the latest removal time of each. */
  record InForce(Map<String, Instant> removedAt) {

    /** True when {@code article} was received at or before its id's removal. */
    boolean removes(EnrichedArticle article) {
      Instant removed = removedAt.get(article.id());
      return removed != null && !article.receivedAt().isAfter(removed);
    }
  }

  private final RemovalMarkers markers;
  private final MongoCollection<Document> articles;

  Removals(RemovalMarkers markers, MongoCollection<Document> articles) {
    this.markers = markers;
    this.articles = articles;
  }

  /**
   * Records and applies {@code tombstones} and returns the removals in force for them and for
   * {@code articleIds}, the ids of the batch's articles.
   */
  InForce apply(List<Tombstone> tombstones, Collection<String> articleIds) {
    Set<String> ids = new HashSet<>(articleIds);
    tombstones.forEach(t -> ids.add(t.id()));
    Map<String, Instant> inForce = new HashMap<>(markers.removedAt(ids));
    Map<String, Instant> latest = new LinkedHashMap<>();
    for (Tombstone tombstone : tombstones) {
      latest.merge(tombstone.id(), tombstone.removedAt(), Removals::later);
      inForce.merge(tombstone.id(), tombstone.removedAt(), Removals::later);
    }
    if (!latest.isEmpty()) {
      markers.record(latest);
      List<WriteModel<Document>> deletes = new ArrayList<>(latest.size());
      for (String id : latest.keySet()) {
        deletes.add(
            new DeleteOneModel<>(
                Filters.and(
                    Filters.eq(ArticleFields.ID, id),
                    Filters.lte(ArticleFields.RECEIVED_AT, Date.from(inForce.get(id))))));
      }
      articles.bulkWrite(deletes, UNORDERED);
    }
    return new InForce(inForce);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
