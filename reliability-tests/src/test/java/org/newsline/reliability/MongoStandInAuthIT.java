package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsline.localstack.LocalMongo;

/**
 * What the MongoDB stand-in (mongo-java-server, used by the local stack and the embedded tests)
 * does with authentication, so docs/security.md stays true: it has no access control (anyone who
 * reaches the port reads and writes), and it cannot authenticate at all (no {@code saslStart}
 * command), so a URI with credentials fails even with the "right" password. MongoDB authentication
 * is therefore exercised only on the real image ({@link MongoAuthContainersIT}). If a future
 * stand-in version starts checking credentials, this test fails and the docs must change.
 */
class MongoStandInAuthIT {

  private static LocalMongo mongo;

  @BeforeAll
  static void start() throws Exception {
    // On a picked port, picked again if it was taken before the stand-in bound it.
    mongo = OnFreshPorts.mongo(Files.createTempDirectory("newsline-mongo-auth"));
  }

  @AfterAll
  static void stop() {
    if (mongo != null) {
      mongo.close();
    }
  }

  @Test
  void theStandInLetsAnyClientWriteWithoutCredentials() {
    try (MongoClient client = MongoClients.create(mongo.connectionString())) {
      client.getDatabase("newsline").getCollection("probe").insertOne(new Document("_id", "x"));
      assertThat(client.getDatabase("newsline").getCollection("probe").countDocuments())
          .isEqualTo(1);
    }
  }

  @Test
  void theStandInCannotAuthenticateSoAnyCredentialsAreRefused() {
    String uri =
        mongo.connectionString().replace("mongodb://", "mongodb://newsline:any-password@")
            + "/newsline?authSource=admin";
    try (MongoClient client = MongoClients.create(uri)) {
      assertThatThrownBy(
              () ->
                  client
                      .getDatabase("newsline")
                      .getCollection("probe")
                      .insertOne(new Document("_id", "y")))
          .isInstanceOf(MongoSecurityException.class)
          .cause()
          .isInstanceOfSatisfying(
              MongoCommandException.class,
              e -> assertThat(e.getErrorMessage()).contains("saslStart"));
    }
  }
}
