package org.newsline.store.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.newsline.testsupport.RestartableMongo;
import org.newsline.testsupport.UniqueNames;

class ArticleIndexesTest {

  @Test
  void createsEveryIndexTheQueriesNeedAndIsRepeatable() {
    try (RestartableMongo mongo = RestartableMongo.start();
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> articles =
          client.getDatabase(UniqueNames.database("indexes")).getCollection("articles");

      ArticleIndexes.create(articles);
      ArticleIndexes.create(articles);

      List<Document> keys =
          articles.listIndexes().into(new ArrayList<>()).stream()
              .map(i -> i.get("key", Document.class))
              .toList();
      assertThat(keys)
          .contains(
              new Document("entities.name", 1).append("entities.type", 1),
              new Document("entities.key", 1).append("entities.type", 1),
              new Document("entities.canonicalKey", 1).append("entities.type", 1),
              new Document("figures.unit", 1),
              new Document("sortAt", -1).append("_id", -1),
              new Document("publishedAt", -1),
              new Document("receivedAt", -1),
              new Document("source", 1),
              new Document("language", 1),
              new Document("contentHash", 1));
    }
  }
}
