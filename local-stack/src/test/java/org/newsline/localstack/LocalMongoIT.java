package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMongoIT {

  @TempDir Path dataDir;

  @Test
  void keepsDocumentsAcrossARestart() throws Exception {
    try (LocalMongo mongo = new LocalMongo(dataDir, "127.0.0.1", 0)) {
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

  /**
   * A copy of the file taken right after the writes were acknowledged is what a SIGKILL at that
   * moment leaves on the disk; opened as a store of its own, it must hold every acknowledged write.
   * (With {@code mongo-java-server}'s default H2 settings, which write to the file about once a
   * second, the copy held none of them.)
   */
  @Test
  void everyAcknowledgedWriteIsInTheFileBeforeTheReply() throws Exception {
    Path crashed = dataDir.resolve("crashed.mv");
    try (LocalMongo mongo = new LocalMongo(dataDir.resolve("live"), "127.0.0.1", 0)) {
      mongo.start();
      try (MongoClient client = MongoClients.create(mongo.connectionString())) {
        MongoCollection<Document> articles =
            client.getDatabase("newsline").getCollection("articles");
        articles.insertOne(new Document("_id", "first"));
        articles.bulkWrite(
            IntStream.range(0, 20)
                .mapToObj(
                    i ->
                        new ReplaceOneModel<>(
                            new Document("_id", "bulk-" + i),
                            new Document("_id", "bulk-" + i).append("n", i),
                            new ReplaceOptions().upsert(true)))
                .toList());
        Files.copy(dataDir.resolve("live").resolve("newsline.mv"), crashed);
      }
    }

    MongoServer reopened = new MongoServer(new H2Backend(crashed.toString()));
    try {
      reopened.bind("127.0.0.1", 0);
      int reopenedPort = reopened.getLocalAddress().getPort();
      try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + reopenedPort)) {
        List<String> ids =
            client
                .getDatabase("newsline")
                .getCollection("articles")
                .distinct("_id", String.class)
                .into(new java.util.ArrayList<>());
        assertThat(ids).hasSize(21).contains("first", "bulk-0", "bulk-19");
      }
    } finally {
      reopened.shutdownNow();
    }
  }
}
