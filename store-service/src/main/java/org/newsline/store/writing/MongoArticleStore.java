package org.newsline.store.writing;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.WriteModel;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.newsline.store.documents.ArticleFields;

/** {@link ArticleStore} on the articles collection (which carries the write concern). */
final class MongoArticleStore implements ArticleStore {

  private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

  private final MongoCollection<Document> articles;

  MongoArticleStore(MongoCollection<Document> articles) {
    this.articles = articles;
  }

  @Override
  public BulkWriteResult bulkWrite(List<WriteModel<Document>> models) {
    return articles.bulkWrite(models, UNORDERED);
  }

  @Override
  public Map<String, StoredVersion> versions(Collection<String> ids) {
    Map<String, StoredVersion> versions = new HashMap<>();
    for (Document doc : versionsQuery(ids)) {
      Document enrichment = doc.get(ArticleFields.ENRICHMENT, Document.class);
      Date received = doc.getDate(ArticleFields.RECEIVED_AT);
      Date enriched = doc.getDate(ArticleFields.ENRICHED_AT);
      ArticleVersion version =
          new ArticleVersion(
              received != null ? received.toInstant() : enriched.toInstant(),
              enrichment == null ? "" : enrichment.getString("pipelineVersion"),
              enriched.toInstant());
      versions.put(
          doc.get(ArticleFields.ID).toString(),
          new StoredVersion(
              version,
              doc.getString(ArticleFields.CONTENT_HASH),
              doc.getInteger(ArticleFields.TITLE_CHARS),
              doc.getInteger(ArticleFields.BODY_CHARS),
              doc.getList(ArticleFields.REVISIONS, Document.class)));
    }
    return versions;
  }

  /** The read {@link #versions} runs (also explained by the index test on real MongoDB). */
  FindIterable<Document> versionsQuery(Collection<String> ids) {
    return articles
        .find(Filters.in(ArticleFields.ID, ids))
        .projection(
            Projections.include(
                ArticleFields.RECEIVED_AT,
                ArticleFields.ENRICHED_AT,
                ArticleFields.PIPELINE_VERSION,
                ArticleFields.CONTENT_HASH,
                ArticleFields.TITLE_CHARS,
                ArticleFields.BODY_CHARS,
                ArticleFields.REVISIONS));
  }
}
