package org.newsline.reliability;

import java.time.Duration;
import java.util.UUID;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * MongoDB 8 with authentication on, as in the Compose file: the image's {@code
 * MONGO_INITDB_ROOT_USERNAME}/{@code PASSWORD} create a root user in {@code admin} and start {@code
 * mongod} with access control.
 */
final class AuthMongoContainer {

  static final String IMAGE = "mongo:8.0.12";
  static final String USER = "newsline";

  private AuthMongoContainer() {}

  static String newPassword() {
    return "mongo-" + UUID.randomUUID();
  }

  static GenericContainer<?> create(String password) {
    return new GenericContainer<>(DockerImageName.parse(IMAGE))
        .withEnv("MONGO_INITDB_ROOT_USERNAME", USER)
        .withEnv("MONGO_INITDB_ROOT_PASSWORD", password)
        .withExposedPorts(27017)
        // The entry point runs mongod twice: once without network to create the user, then for
        // real; each says it is waiting for connections.
        .waitingFor(
            Wait.forLogMessage("(?i).*waiting for connections.*", 2)
                .withStartupTimeout(Duration.ofMinutes(2)));
  }

  /** The store's URI form: user and password, the data database, users kept in {@code admin}. */
  static String uri(GenericContainer<?> mongo, String user, String password) {
    return "mongodb://"
        + user
        + ":"
        + password
        + "@"
        + mongo.getHost()
        + ":"
        + mongo.getMappedPort(27017)
        + "/newsline?authSource=admin&serverSelectionTimeoutMS=5000";
  }

  /** No credentials at all. */
  static String anonymousUri(GenericContainer<?> mongo) {
    return "mongodb://"
        + mongo.getHost()
        + ":"
        + mongo.getMappedPort(27017)
        + "/newsline?serverSelectionTimeoutMS=5000";
  }
}
