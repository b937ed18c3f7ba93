package org.newsline.store.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.newsline.store.documents.ArticleFields;
import org.springframework.stereotype.Component;

/**
 * Which of a set of ids the store holds: one {@code _id $in} query (the primary key, on any MongoDB
 * and on the stand-in), only the ids read back. How a feed's progress is followed to the store: the
 * feed tool and {@code ./run-local} ask it for the ids ingest acknowledged.
 */
@Component
class StoredIds {

  /** Most ids in one request: the {@code $in} list and the reply stay small. */
  static final int MAX_IDS = 1000;

  private final MongoCollection<Document> articles;

  StoredIds(MongoCollection<Document> articlesCollection) {
    this.articles = articlesCollection;
  }

  /** The ids of {@code ids} that are stored, in the order asked, each once. */
  List<String> stored(List<String> ids) {
    Set<String> asked = new LinkedHashSet<>(ids);
    Set<String> found = new java.util.HashSet<>();
    for (Document d :
        articles
            .find(Filters.in(ArticleFields.ID, asked))
            .projection(Projections.include(ArticleFields.ID))) {
      found.add(d.getString(ArticleFields.ID));
    }
    List<String> stored = new ArrayList<>(found.size());
    for (String id : asked) {
      if (found.contains(id)) {
        stored.add(id);
      }
    }
    return stored;
  }
}
