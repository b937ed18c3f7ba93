package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMongoIT {

  @TempDir Path dataDir;

  @Test
  void keepsDocumentsAcrossARestart() throws Exception {
    int port = LocalKafkaBrokerIT.freePort();
    try (LocalMongo mongo = new LocalMongo(dataDir, "127.0.0.1", port)) {
      mongo.start();
      try (MongoClient client = MongoClients.create(mongo.connectionString())) {
        client
            .getDatabase("newsline")
            .getCollection("articles")
            .insertOne(new Document("_id", "a1"));
      }

      mongo.stop();
      mongo.start();

      try (MongoClient client = MongoClients.create(mongo.connectionString())) {
        assertThat(client.getDatabase("newsline").getCollection("articles").countDocuments())
            .isEqualTo(1);
      }
    }
  }
}
