package org.newsline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
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
      // The client's 500 ms server selection (short, for the refusal above) may pass before its
      // monitor has reconnected: wait for the read instead of timing it.
      await()
          .atMost(Duration.ofSeconds(30))
          .ignoreExceptions()
          .until(() -> docs.countDocuments() == 1);
    }
  }

  @Test
  void aRestartWaitsWhileItsPortIsStillTakenAndComesBackOnIt() throws Exception {
    try (RestartableMongo mongo = RestartableMongo.start();
        MongoClient client = client(mongo)) {
      MongoCollection<Document> docs = client.getDatabase("rebind").getCollection("docs");
      docs.insertOne(new Document("_id", "kept"));
      mongo.stop();
      // What a stopped server can leave on its port for a moment (a lingering socket, a process
      // not yet reaped): here a listener of the test's own, gone half a second later.
      ServerSocket lingering = new ServerSocket();
      lingering.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port(mongo)));
      CompletableFuture<Void> released =
          CompletableFuture.runAsync(
              () -> close(lingering),
              CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));

      mongo.restart(Duration.ofSeconds(30));

      assertThat(released).isDone();
      assertThat(mongo.running()).isTrue();
      assertThat(docs.countDocuments()).isEqualTo(1);
    }
  }

  @Test
  void aRestartOnAPortThatStaysTakenFailsNamingThePortAndCanBeTriedAgain() throws Exception {
    try (RestartableMongo mongo = RestartableMongo.start()) {
      mongo.stop();
      try (ServerSocket stranger = new ServerSocket()) {
        stranger.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port(mongo)));

        assertThatThrownBy(() -> mongo.restart(Duration.ofMillis(300)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("port " + port(mongo) + " still in use");
        assertThat(mongo.running()).isFalse();
      }
      mongo.restart();
      assertThat(mongo.running()).isTrue();
    }
  }

  @Test
  void twoStandInsNeverShareAPort() {
    try (RestartableMongo first = RestartableMongo.start();
        RestartableMongo second = RestartableMongo.start()) {
      assertThat(first.connectionString()).isNotEqualTo(second.connectionString());
      assertThat(first.running()).isTrue();
      assertThat(second.running()).isTrue();
    }
  }

  private static MongoClient client(RestartableMongo mongo) {
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(mongo.connectionString()))
            .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
            .build());
  }

  private static int port(RestartableMongo mongo) {
    String s = mongo.connectionString();
    return Integer.parseInt(s.substring(s.lastIndexOf(':') + 1));
  }

  private static void close(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
