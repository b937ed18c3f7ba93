package org.newsline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** What the store relies on from MongoDB, run on the stand-in and on a real server. */
abstract class MongoStandInScenario {

  protected abstract Infrastructure infrastructure();

  @Test
  void writesAndReadsADocumentThroughTheRealDriver() {
    try (MongoClient client = MongoClients.create(infrastructure().mongoConnectionString())) {
      MongoCollection<Document> articles =
          client.getDatabase(UniqueNames.database("standin")).getCollection("articles");
      Instant published = Instant.parse("2025-04-18T09:30:00Z");
      Document doc =
          new Document("_id", "a-1")
              .append("title", "Harbour reopens")
              .append("publishedAt", Date.from(published))
              .append(
                  "entities",
                  List.of(new Document("name", "Port Ellis").append("type", "LOCATION")));

      articles.insertOne(doc);

      Document read = articles.find(Filters.eq("_id", "a-1")).first();
      assertThat(read).isNotNull();
      assertThat(read.getString("title")).isEqualTo("Harbour reopens");
      assertThat(read.getDate("publishedAt").toInstant()).isEqualTo(published);
      assertThat(articles.countDocuments(Filters.eq("entities.name", "Port Ellis"))).isEqualTo(1);
    }
  }

  @Test
  void upsertByIdKeepsOneDocument() {
    try (MongoClient client = MongoClients.create(infrastructure().mongoConnectionString())) {
      MongoCollection<Document> articles =
          client.getDatabase(UniqueNames.database("standin")).getCollection("articles");
      ReplaceOptions upsert = new ReplaceOptions().upsert(true);

      articles.replaceOne(Filters.eq("_id", "a-2"), new Document("v", 1), upsert);
      articles.replaceOne(Filters.eq("_id", "a-2"), new Document("v", 2), upsert);

      assertThat(articles.countDocuments()).isEqualTo(1);
      assertThat(articles.find().first().getInteger("v")).isEqualTo(2);
    }
  }
}
