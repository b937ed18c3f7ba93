package org.newsline.store.indexes;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.bson.Document;
import org.newsline.store.documents.ArticleFields;

/**
 * The indexes of the articles collection, created at start-up (creating an existing index is a
 * no-op). What uses each:
 *
 * <ul>
 *   <li>{@code entities_key_type}: {@code entities.key + entities.type}: {@code GET
 *       /articles?entity=&type=} and {@code GET /figures?entity=} (multikey; the key, the name in
 *       any case and without accents, is an equality, the type an equality or absent).
 *   <li>{@code entities_canonicalKey_type}: {@code entities.canonicalKey + entities.type}: the same
 *       queries' branch for the canonical name ("European Union" finds an article that wrote only
 *       "EU").
 *   <li>{@code entities_name_type}: {@code entities.name + entities.type}: the same queries'
 *       exact-name branch, for documents stored before they had a key.
 *   <li>{@code figures_unit}: {@code figures.unit}: {@code GET /figures?unit=} (a case-insensitive
 *       anchored regex; on MongoDB it scans the index keys rather than the documents).
 *   <li>{@code sortAt_id}: {@code sortAt desc, _id desc}: the order and the cursor of {@code GET
 *       /articles} without entity/source, and the {@code from}/{@code to} period of every query.
 *   <li>{@code publishedAt}, {@code receivedAt}: ad-hoc and operator queries by publication or
 *       arrival time (the API lists by {@code sortAt}, which is publication time, else arrival).
 *   <li>{@code source}: {@code GET /articles?source=}.
 *   <li>{@code language}: {@code GET /articles?language=} (selective for the languages other than
 *       English, which is what the filter is for).
 *   <li>{@code contentHash}: finding copies of the same text under different ids (operators;
 *       de-duplication reports).
 *   <li>{@code title_body_text}: text index on title (weight 3) and body: {@code GET /articles?q=}
 *       on MongoDB. The stored {@code language} field is MongoDB's language override by default,
 *       which would refuse documents in languages it has no stemmer for, so the override field is
 *       renamed to one the documents do not have ({@code textSearchLanguage}): English stemming for
 *       all.
 *   <li>{@code _id} (built in): {@code GET /articles/{id}} and every write.
 * </ul>
 */
public final class ArticleIndexes {

  private ArticleIndexes() {}

  /** Every index of the collection. */
  public static List<IndexModel> all() {
    return List.of(
        new IndexModel(
            Indexes.compoundIndex(
                Indexes.ascending(ArticleFields.ENTITY_NAME),
                Indexes.ascending(ArticleFields.ENTITY_TYPE)),
            new IndexOptions().name("entities_name_type")),
        new IndexModel(
            Indexes.compoundIndex(
                Indexes.ascending(ArticleFields.ENTITY_KEY),
                Indexes.ascending(ArticleFields.ENTITY_TYPE)),
            new IndexOptions().name("entities_key_type")),
        new IndexModel(
            Indexes.compoundIndex(
                Indexes.ascending(ArticleFields.ENTITY_CANONICAL_KEY),
                Indexes.ascending(ArticleFields.ENTITY_TYPE)),
            new IndexOptions().name("entities_canonicalKey_type")),
        new IndexModel(
            Indexes.ascending(ArticleFields.FIGURE_UNIT), new IndexOptions().name("figures_unit")),
        new IndexModel(
            Indexes.compoundIndex(
                Indexes.descending(ArticleFields.SORT_AT), Indexes.descending(ArticleFields.ID)),
            new IndexOptions().name("sortAt_id")),
        new IndexModel(
            Indexes.descending(ArticleFields.PUBLISHED_AT), new IndexOptions().name("publishedAt")),
        new IndexModel(
            Indexes.descending(ArticleFields.RECEIVED_AT), new IndexOptions().name("receivedAt")),
        new IndexModel(Indexes.ascending(ArticleFields.SOURCE), new IndexOptions().name("source")),
        new IndexModel(
            Indexes.ascending(ArticleFields.LANGUAGE), new IndexOptions().name("language")),
        new IndexModel(
            Indexes.ascending(ArticleFields.CONTENT_HASH), new IndexOptions().name("contentHash")));
  }

  /** The text index of {@code GET /articles?q=} (title weighted above body). */
  public static IndexModel text() {
    return new IndexModel(
        Indexes.compoundIndex(Indexes.text(ArticleFields.TITLE), Indexes.text(ArticleFields.BODY)),
        new IndexOptions()
            .name("title_body_text")
            .weights(new Document(ArticleFields.TITLE, 3).append(ArticleFields.BODY, 1))
            .defaultLanguage("english")
            .languageOverride("textSearchLanguage"));
  }

  /**
   * Creates every index on {@code articles}; the text index where the server has text search
   * (returns false where it refused it: the stand-in, whose {@code q} then scans).
   */
  public static boolean create(MongoCollection<Document> articles) {
    articles.createIndexes(all());
    try {
      articles.createIndexes(List.of(text()));
      return true;
    } catch (MongoException e) {
      return false;
    }
  }
}
