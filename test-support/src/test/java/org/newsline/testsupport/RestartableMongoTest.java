package org.newsline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class RestartableMongoTest {

  @Test
  void refusesWhileStoppedAndServesTheSameDataAfterRestartOnTheSamePort() {
    try (RestartableMongo mongo = RestartableMongo.start();
        MongoClient client =
            MongoClients.create(
                MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(mongo.connectionString()))
                    .applyToClusterSettings(
                        b -> b.serverSelectionTimeout(500, TimeUnit.MILLISECONDS))
                    .build())) {
      MongoCollection<Document> docs = client.getDatabase("restart").getCollection("docs");
      docs.insertOne(new Document("_id", "kept"));
      String before = mongo.connectionString();

      mongo.stop();
      assertThat(mongo.running()).isFalse();
      assertThatThrownBy(docs::countDocuments).isInstanceOf(MongoException.class);

      mongo.restart();
      assertThat(mongo.connectionString()).isEqualTo(before);
      assertThat(docs.countDocuments()).isEqualTo(1);
    }
  }
}
