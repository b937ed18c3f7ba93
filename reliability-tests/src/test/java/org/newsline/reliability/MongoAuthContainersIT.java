package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * MongoDB with authentication (the Compose file's set-up): the store's URI form with the right
 * credentials writes and reads; a wrong password or no credentials are refused. The MongoDB
 * stand-in cannot show this (it has no access control: {@link MongoStandInAuthIT}). Skips without
 * Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoAuthContainersIT {

  private static final String PASSWORD = AuthMongoContainer.newPassword();
  private static GenericContainer<?> mongo;

  @BeforeAll
  static void start() {
    mongo = AuthMongoContainer.create(PASSWORD);
    mongo.start();
  }

  @AfterAll
  static void stop() {
    if (mongo != null) {
      mongo.stop();
    }
  }

  @Test
  void theStoresUriWithTheRightCredentialsWritesAndReads() {
    String id = "auth-" + UUID.randomUUID();
    try (MongoClient client =
        MongoClients.create(AuthMongoContainer.uri(mongo, AuthMongoContainer.USER, PASSWORD))) {
      MongoCollection<Document> articles = client.getDatabase("newsline").getCollection("articles");
      articles.insertOne(new Document("_id", id).append("title", "Harbour bridge reopens"));
      assertThat(articles.find(Filters.eq("_id", id)).first())
          .isNotNull()
          .containsEntry("title", "Harbour bridge reopens");
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    try (MongoClient client =
        MongoClients.create(
            AuthMongoContainer.uri(mongo, AuthMongoContainer.USER, "not-the-password"))) {
      assertThatThrownBy(
              () ->
                  client
                      .getDatabase("newsline")
                      .getCollection("articles")
                      .insertOne(new Document("_id", "intruder")))
          .isInstanceOf(MongoSecurityException.class)
          .hasMessageContaining("Exception authenticating");
    }
  }

  @Test
  void aClientWithoutCredentialsCannotReadOrWrite() {
    try (MongoClient client = MongoClients.create(AuthMongoContainer.anonymousUri(mongo))) {
      MongoCollection<Document> articles = client.getDatabase("newsline").getCollection("articles");
      assertThatThrownBy(() -> articles.insertOne(new Document("_id", "anonymous")))
          .isInstanceOfSatisfying(
              MongoCommandException.class,
              e -> assertThat(e.getErrorCodeName()).isEqualTo("Unauthorized"));
      assertThatThrownBy(() -> articles.find().first())
          .isInstanceOfSatisfying(
              MongoCommandException.class,
              e -> assertThat(e.getErrorCodeName()).isEqualTo("Unauthorized"));
    }
  }
}
