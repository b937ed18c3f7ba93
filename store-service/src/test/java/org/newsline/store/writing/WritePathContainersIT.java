package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ExplainVerbosity;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.StoreTestSetup;
import org.newsline.store.TestArticles;
import org.newsline.store.WinningPlans;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.testsupport.ContainerInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The write path against real Kafka and MongoDB 8; and, only here (the stand-in ignores indexes),
 * that the version read and the conditional replace use {@code _id_}, as store-service/README.md's
 * index table says (inserts run no query). Both are built by the code that issues them and
 * explained by MongoDB without running them.
 */
@Testcontainers(disabledWithoutDocker = true)
class WritePathContainersIT extends WritePathScenario {

  @Container static KafkaContainer kafka = ContainerInfrastructure.kafka();
  @Container static MongoDBContainer mongo = ContainerInfrastructure.mongo();

  @Autowired MongoClient client;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    StoreTestSetup.register(registry, ContainerInfrastructure.of(kafka, mongo));
  }

  @Override
  protected Infrastructure infrastructure() {
    return ContainerInfrastructure.of(kafka, mongo);
  }

  @Test
  void theVersionReadUsesTheIdIndex() {
    WinningPlans plans =
        WinningPlans.of(
            new MongoArticleStore(articles)
                .versionsQuery(List.of("explained-1", "explained-2", "explained-3"))
                .explain(ExplainVerbosity.QUERY_PLANNER));

    assertThat(plans.scannedIndexes()).as(plans.toString()).containsExactly("_id_");
    assertThat(plans.scansTheCollection()).as(plans.toString()).isFalse();
  }

  @Test
  void theConditionalReplaceOfAnOlderVersionUsesTheIdIndex() {
    EnrichedArticle article = TestArticles.harbour("explained-replace");
    ArticleVersion version = ArticleVersion.of(article);
    ArticleVersion older =
        new ArticleVersion(
            article.receivedAt(), "1", article.enrichedAt().minus(Duration.ofMinutes(1)));
    WriteModel<Document> model =
        new NewerVersionWins()
            .modelFor(ArticleDocuments.toDocument(article, Instant.now()), version, older);
    assertThat(model).isInstanceOf(ReplaceOneModel.class);
    ReplaceOneModel<Document> replace = (ReplaceOneModel<Document>) model;

    MongoNamespace namespace = articles.getNamespace();
    Document update =
        new Document(
                "q",
                replace
                    .getFilter()
                    .toBsonDocument(
                        BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry()))
            .append("u", replace.getReplacement())
            .append("upsert", replace.getReplaceOptions().isUpsert());
    Document answer =
        client
            .getDatabase(namespace.getDatabaseName())
            .runCommand(
                new Document(
                        "explain",
                        new Document("update", namespace.getCollectionName())
                            .append("updates", List.of(update)))
                    .append("verbosity", "queryPlanner"));
    WinningPlans plans = WinningPlans.of(answer);

    assertThat(plans.scannedIndexes()).as(plans.toString()).containsExactly("_id_");
    assertThat(plans.scansTheCollection()).as(plans.toString()).isFalse();
  }
}
