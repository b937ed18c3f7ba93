package org.newsline.store.documents;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.newsline.store.StoreProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The articles collection, on the {@link MongoClient} Spring Boot configures from {@code
 * spring.mongodb.*} (URI from {@code MONGODB_URI}), with the configured write concern. Database:
 * {@code spring.mongodb.database}, else the URI's, else {@code newsline}.
 */
@Configuration(proxyBeanMethods = false)
class ArticleCollectionConfiguration {

  static final String DEFAULT_DATABASE = "newsline";

  @Bean
  MongoCollection<Document> articlesCollection(
      MongoClient client,
      MongoProperties mongo,
      MongoConnectionDetails connection,
      StoreProperties store) {
    return client
        .getDatabase(databaseName(mongo, connection))
        .getCollection(store.collection())
        .withWriteConcern(store.mongoWriteConcern());
  }

  static String databaseName(MongoProperties mongo, MongoConnectionDetails connection) {
    if (mongo.getDatabase() != null && !mongo.getDatabase().isBlank()) {
      return mongo.getDatabase();
    }
    String fromUri = connection.getConnectionString().getDatabase();
    return fromUri == null || fromUri.isBlank() ? DEFAULT_DATABASE : fromUri;
  }
}
