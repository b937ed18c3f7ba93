package org.newsline.store.writing;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.newsline.store.documents.ArticleFields;

/**
 * A replace-upsert that only matches a stored version older than the incoming one:
 *
 * <pre>{@code
 * {_id: id, $or: [{enrichedAt: {$lt: new}},
 *                 {enrichedAt: new, "enrichment.pipelineVersion": {$lt: newPv}}]}
 * }</pre>
 *
 * No document with the id: the upsert inserts it. An older one: it is replaced. An equal or newer
 * one: the filter does not match, the upsert tries to insert a second {@code _id} and fails with a
 * duplicate-key error (11000), which the writer reads as "unchanged" or "stale". So redelivery and
 * out-of-order delivery never regress a document, in one round trip for the whole batch.
 */
final class NewerVersionWins implements WriteModelStrategy {

  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  @Override
  public WriteModel<Document> modelFor(Document document, ArticleVersion version) {
    return new ReplaceOneModel<>(filter(document.get(ArticleFields.ID), version), document, UPSERT);
  }

  static Bson filter(Object id, ArticleVersion version) {
    Date enrichedAt = Date.from(version.enrichedAt());
    return Filters.and(
        Filters.eq(ArticleFields.ID, id),
        Filters.or(
            Filters.lt(ArticleFields.ENRICHED_AT, enrichedAt),
            Filters.and(
                Filters.eq(ArticleFields.ENRICHED_AT, enrichedAt),
                Filters.lt(ArticleFields.PIPELINE_VERSION, version.pipelineVersion()))));
  }
}
