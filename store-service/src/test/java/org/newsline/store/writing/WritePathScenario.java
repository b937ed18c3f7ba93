package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.model.DeadLetterHeaders;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.StoreApplication;
import org.newsline.store.StoreTestSetup;
import org.newsline.store.TestArticles;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;
import org.newsline.testsupport.PrometheusScrape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The write path end to end: records on {@code articles.enriched} become documents, idempotently
 * and newest-version-wins; data errors go to the dead-letter topic while the rest is stored. Runs
 * on the embedded broker and stand-in, and on real containers.
 */
@SpringBootTest(
    classes = StoreApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(WriteCommands.class)
abstract class WritePathScenario {

  private static final Duration WAIT = Duration.ofSeconds(60);

  protected abstract Infrastructure infrastructure();

  @Autowired MongoCollection<Document> articles;
  @Autowired MeterRegistry meters;
  @Autowired KafkaListenerEndpointRegistry listeners;
  @Autowired WriteCommands writeCommands;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Value("${newsline.kafka.topics.enriched}")
  String enrichedTopic;

  @Value("${newsline.kafka.topics.enriched-dlt}")
  String deadLetterTopic;

  @BeforeEach
  void writerHoldsItsPartitions() {
    StoreTestSetup.awaitWriterAssignment(listeners);
  }

  @Test
  void storesAnEnrichedArticleAsItsDocumentWithStoredAt() {
    EnrichedArticle article = TestArticles.harbour(id("stored"));
    Instant before = Instant.now().minusSeconds(1);

    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(article));

    Document doc = awaitDocument(article.id());
    assertThat(ArticleDocuments.toArticle(doc)).isEqualTo(article);
    assertThat(doc.getDate("storedAt").toInstant()).isAfter(before);
    assertThat(meters.timer("pipeline.latency").count()).isPositive();
  }

  @Test
  void asksMongoDbToAcknowledgeEveryWriteWithTheMajorityWriteConcern() {
    EnrichedArticle article = TestArticles.harbour(id("majority"));

    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(article));
    awaitDocument(article.id());

    // What the driver sent: the store's writes, each carrying the configured write concern.
    assertThat(writeCommands.sent())
        .as("write commands sent")
        .isNotEmpty()
        .allSatisfy(
            command ->
                assertThat(
                        command.getDocument("writeConcern", new org.bson.BsonDocument()).get("w"))
                    .as("writeConcern.w of %s", command.getFirstKey())
                    .isEqualTo(new org.bson.BsonString("majority")));
  }

  @Test
  void sameRecordTwiceLeavesOneDocument() {
    EnrichedArticle article = TestArticles.harbour(id("twice"));
    double inserted = count("inserted");
    double unchanged = count("unchanged");

    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(article, article));

    awaitDocument(article.id());
    await().atMost(WAIT).until(() -> count("unchanged") >= unchanged + 1);
    // The document's _id is unique, so a second write would show in the outcomes, not as a copy.
    assertThat(count("inserted") - inserted).as("written as new").isEqualTo(1);
    assertThat(count("unchanged") - unchanged).as("seen again, not written").isEqualTo(1);
  }

  @Test
  void sameRecordRedeliveredLaterIsANoOp() {
    EnrichedArticle article = TestArticles.harbour(id("again"));
    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(article));
    Instant firstStored = awaitDocument(article.id()).getDate("storedAt").toInstant();
    double unchanged = count("unchanged");

    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(article));

    await().atMost(WAIT).until(() -> count("unchanged") >= unchanged + 1);
    Document doc = articles.find(Filters.eq("_id", article.id())).first();
    assertThat(doc.getDate("storedAt").toInstant()).isEqualTo(firstStored);
  }

  @Test
  void olderVersionAfterANewerOneKeepsTheNewer() {
    String id = id("order");
    Instant newer = TestArticles.ENRICHED.plusSeconds(3600);
    StoreTestSetup.send(
        infrastructure(), enrichedTopic, List.of(TestArticles.harbour(id, newer, "1")));
    awaitDocument(id);
    double stale = count("stale");

    StoreTestSetup.send(
        infrastructure(),
        enrichedTopic,
        List.of(TestArticles.harbour(id, TestArticles.ENRICHED, "1")));

    await().atMost(WAIT).until(() -> count("stale") >= stale + 1);
    Document doc = articles.find(Filters.eq("_id", id)).first();
    assertThat(doc.getDate("enrichedAt").toInstant()).isEqualTo(newer);
  }

  @Test
  void aCorrectionReplacesTheArticleAndKeepsTheEarlierContentAsARevision() {
    String id = id("corrected");
    EnrichedArticle original = TestArticles.harbour(id);
    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(original));
    awaitDocument(id);
    EnrichedArticle correction =
        corrected(original, TestArticles.RECEIVED.plusSeconds(3600), "Corrected: 310 returned.");
    double replaced = count("replaced");

    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(correction));

    await().atMost(WAIT).until(() -> count("replaced") >= replaced + 1);
    Document doc = articles.find(Filters.eq("_id", id)).first();
    assertThat(doc.getString("body")).isEqualTo("Corrected: 310 returned.");
    var stored = ArticleDocuments.toStored(doc);
    assertThat(stored.revisions()).hasSize(1);
    var revision = stored.revisions().get(0);
    assertThat(revision.contentHash()).isEqualTo(original.contentHash());
    assertThat(revision.receivedAt()).isEqualTo(original.receivedAt());
    assertThat(revision.bodyChars()).isEqualTo(original.body().length());
    assertThat(revision.replacedAt()).isEqualTo(stored.storedAt());
  }

  @Test
  void aReEnrichmentByANewerPipelineWinsOverAnOlderInstancesLaterOutputAndAddsNoRevision() {
    String id = id("pipeline");
    EnrichedArticle oldInstanceLater =
        TestArticles.harbour(id, TestArticles.ENRICHED.plusSeconds(600), "1");
    EnrichedArticle reEnriched = TestArticles.harbour(id, TestArticles.ENRICHED, "2");
    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(reEnriched));
    awaitDocument(id);
    double stale = count("stale");

    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(oldInstanceLater));

    await().atMost(WAIT).until(() -> count("stale") >= stale + 1);
    Document doc = articles.find(Filters.eq("_id", id)).first();
    assertThat(doc.get("enrichment", Document.class).getString("pipelineVersion")).isEqualTo("2");
    assertThat(ArticleDocuments.toStored(doc).revisions()).isEmpty();
  }

  @Test
  void aReplayOfTheOriginalByANewerPipelineNeverOverwritesACorrection() {
    String id = id("replayed");
    EnrichedArticle original = TestArticles.harbour(id);
    EnrichedArticle correction =
        corrected(original, TestArticles.RECEIVED.plusSeconds(3600), "Corrected: 310 returned.");
    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(original));
    awaitDocument(id);
    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(correction));
    await()
        .atMost(WAIT)
        .until(
            () ->
                correction
                    .contentHash()
                    .equals(articles.find(Filters.eq("_id", id)).first().getString("contentHash")));
    double stale = count("stale");

    // The original content again, re-enriched later by a newer pipeline (a replay of the raw
    // topic's older record): older content, so it loses.
    EnrichedArticle replayed =
        TestArticles.harbour(id, TestArticles.ENRICHED.plusSeconds(7200), "2");
    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(replayed));

    await().atMost(WAIT).until(() -> count("stale") >= stale + 1);
    Document doc = articles.find(Filters.eq("_id", id)).first();
    assertThat(doc.getString("contentHash")).isEqualTo(correction.contentHash());
    assertThat(ArticleDocuments.toStored(doc).revisions()).hasSize(1);
  }

  /** {@code article} sent again under its id with another body, received at {@code receivedAt}. */
  private static EnrichedArticle corrected(
      EnrichedArticle article, Instant receivedAt, String body) {
    return new EnrichedArticle(
        article.schemaVersion(),
        article.id(),
        article.source(),
        article.url(),
        article.title(),
        body,
        article.language(),
        article.publishedAt(),
        receivedAt,
        TestArticles.sha256(article.title() + "\n" + body),
        article.removedLines(),
        article.metadata(),
        receivedAt.plusSeconds(3),
        article.enrichment(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void oversizeArticleGoesToTheDeadLetterTopicAndTheRestOfTheBatchIsStored() {
    StoreTestSetup.allowLargeRecords(infrastructure(), enrichedTopic, deadLetterTopic);
    String tag = id("big");
    EnrichedArticle huge =
        BatchWriterTest.withBody(
            TestArticles.harbour(tag + "-huge"), "Storm surge. ".repeat(1_350_000));
    List<EnrichedArticle> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(TestArticles.harbour(tag + "-" + i));
    }
    batch.add(2, huge);

    await()
        .atMost(WAIT)
        .ignoreExceptions()
        .untilAsserted(() -> StoreTestSetup.send(infrastructure(), enrichedTopic, batch));

    for (int i = 0; i < 5; i++) {
      awaitDocument(tag + "-" + i);
    }
    List<ConsumerRecord<String, byte[]>> dead = deadLetters(tag + "-huge");
    assertThat(dead).hasSize(1);
    assertThat(header(dead.get(0), DeadLetterHeaders.REASON)).isEqualTo("too-large");
    assertThat(header(dead.get(0), DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
    assertThat(header(dead.get(0), DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(enrichedTopic);
    assertThat(dead.get(0).value().length).isGreaterThan(16 * 1024 * 1024);
    assertThat(originalPartition(dead.get(0))).isEqualTo(dead.get(0).partition());
    assertThat(articles.countDocuments(Filters.eq("_id", tag + "-huge"))).isZero();
  }

  @Test
  void unreadableRecordGoesToTheDeadLetterTopicUnchanged() throws Exception {
    String key = id("garbage");
    byte[] value = "{\"schemaVersion\":1,\"id\":".getBytes(StandardCharsets.UTF_8);
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(infrastructure())) {
      producer.send(new ProducerRecord<>(enrichedTopic, key, value)).get();
    }

    List<ConsumerRecord<String, byte[]>> dead = deadLetters(key);
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).value()).isEqualTo(value);
    assertThat(header(dead.get(0), DeadLetterHeaders.REASON)).isEqualTo("deserialization");
    assertThat(originalPartition(dead.get(0))).isEqualTo(dead.get(0).partition());
  }

  @Test
  void exposesWriteDriverAndLagMetricsToPrometheus() throws Exception {
    EnrichedArticle article = TestArticles.harbour(id("metrics"));
    StoreTestSetup.send(infrastructure(), enrichedTopic, List.of(article));
    awaitDocument(article.id());
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/actuator/prometheus"))
            .header("X-API-Key", StoreTestSetup.MANAGEMENT_KEY)
            .build();

    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              String body =
                  http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
              assertThat(
                      PrometheusScrape.samples(
                          body,
                          "store_writes_total",
                          Map.of("application", "store-service", "outcome", "inserted")))
                  .as("store_writes_total{application=store-service, outcome=inserted}")
                  .singleElement()
                  .satisfies(s -> assertThat(s.value()).isGreaterThanOrEqualTo(1.0));
              assertThat(body)
                  .contains(
                      "store_batch_size_records_count",
                      "store_write_seconds_count",
                      "pipeline_latency_seconds_count",
                      "mongodb_driver_commands_seconds_count",
                      "mongodb_driver_pool_size",
                      "kafka_consumer_fetch_manager_records_lag");
            });
  }

  private List<ConsumerRecord<String, byte[]>> deadLetters(String key) {
    List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
    await()
        .atMost(WAIT)
        .until(
            () -> {
              matching.clear();
              // To the end offsets at each look: every letter written so far, so a second one
              // for the key cannot hide on a partition not read yet.
              KafkaTestClients.readToEnd(infrastructure(), deadLetterTopic, WAIT).stream()
                  .filter(r -> key.equals(r.key()))
                  .forEach(matching::add);
              return !matching.isEmpty();
            });
    return matching;
  }

  private static int originalPartition(ConsumerRecord<?, ?> record) {
    return java.nio.ByteBuffer.wrap(
            record.headers().lastHeader(DeadLetterHeaders.ORIGINAL_PARTITION).value())
        .getInt();
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private Document awaitDocument(String id) {
    await()
        .atMost(WAIT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> articles.countDocuments(Filters.eq("_id", id)) == 1);
    return articles.find(Filters.eq("_id", id)).first();
  }

  private double count(String outcome) {
    return meters.counter("store.writes", "outcome", outcome).count();
  }

  private static String id(String base) {
    return base + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  }
}
