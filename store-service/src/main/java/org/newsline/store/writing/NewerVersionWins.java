package org.newsline.store.writing;

import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.newsline.store.documents.ArticleFields;

/**
 * Newest version wins ({@link ArticleVersion}: receivedAt, then pipelineVersion, then enrichedAt),
 * decided against the versions read at the start of the batch and enforced atomically by the
 * server:
 *
 * <ul>
 *   <li>nothing stored: an insert (the unique {@code _id} makes a concurrent insert fail with a
 *       duplicate-key error instead of being overwritten);
 *   <li>an older version stored: a replace-upsert that only matches a stored version older than the
 *       incoming one:
 *       <pre>{@code
 * {_id: id, $or: [{versionKey: {$lt: newKey}}, {versionKey: {$exists: false}}]}
 * }</pre>
 *       if a newer one was stored meanwhile, the filter does not match, the upsert tries a second
 *       {@code _id} and fails with a duplicate-key error (11000);
 *   <li>the same or a newer version stored: nothing to write (a redelivered batch costs one read).
 * </ul>
 *
 * <p>Inserts and the read are plain {@code _id} lookups, which every server (the stand-in included)
 * answers from the {@code _id} index; only replacements carry the compound filter.
 */
final class NewerVersionWins implements WriteModelStrategy {

  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  @Override
  public WriteModel<Document> modelFor(
      Document document, ArticleVersion version, ArticleVersion stored) {
    if (stored == null) {
      return new InsertOneModel<>(document);
    }
    if (version.isNewerThan(stored)) {
      return new ReplaceOneModel<>(
          filter(document.get(ArticleFields.ID), version), document, UPSERT);
    }
    return null;
  }

  static Bson filter(Object id, ArticleVersion version) {
    return new Document(ArticleFields.ID, id)
        .append(
            "$or",
            List.of(
                new Document(ArticleFields.VERSION_KEY, new Document("$lt", version.key())),
                // stored before documents had a key: the read at the batch's start compared them
                new Document(ArticleFields.VERSION_KEY, new Document("$exists", false))));
  }
}
