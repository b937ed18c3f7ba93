package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RemovalHeaders;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.store.StoreApplication;
import org.newsline.store.StoreTestSetup;
import org.newsline.store.TestArticles;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Removals on the write path: a tombstone on {@code articles.enriched} deletes the document and
 * leaves a removal marker; a copy of the article received before the removal, arriving later (late,
 * duplicated, redelivered, replayed) is never stored again; the article sent again after the
 * removal is. Runs on the embedded broker and stand-in, and on real containers.
 */
@SpringBootTest(
    classes = StoreApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class RemovalScenario {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Duration MARKER_TTL = Duration.ofDays(30);

  protected abstract Infrastructure infrastructure();

  @Autowired MongoCollection<Document> articles;
  @Autowired MongoClient client;
  @Autowired MeterRegistry meters;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @Value("${newsline.kafka.topics.enriched}")
  String enrichedTopic;

  @Value("${newsline.kafka.topics.raw}")
  String rawTopic;

  @Value("${newsline.store.writing.group-id}")
  String group;

  @BeforeEach
  void writerHoldsItsPartitions() {
    StoreTestSetup.awaitWriterAssignment(listeners);
  }

  @Test
  void theRawTopicTheServiceCreatedIsCompactedAndKeptForever() throws Exception {
    Config config = group().topicConfig(rawTopic);

    assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
    assertThat(config.get("retention.ms").value()).isEqualTo("-1");
    assertThat(config.get("max.compaction.lag.ms").value()).isEqualTo("604800000");
    assertThat(config.get("delete.retention.ms").value()).isEqualTo("86400000");
  }

  @Test
  void aTombstoneDeletesTheStoredArticleAndKeepsARemovalMarkerForTheConfiguredWhile() {
    EnrichedArticle article = TestArticles.harbour(id("removed"));
    send(List.of(record(article)));
    awaitStored(article.id());
    Instant removedAt = article.receivedAt().plus(Duration.ofMinutes(5));
    double removed = count("removed");
    Instant before = Instant.now();

    send(List.of(tombstone(article.id(), removedAt)));

    await().atMost(WAIT).until(() -> !isStored(article.id()));
    Document marker = markers().find(Filters.eq("_id", article.id())).first();
    assertThat(marker).as("removal marker").isNotNull();
    assertThat(marker.getDate("removedAt").toInstant()).isEqualTo(removedAt);
    assertThat(marker.getDate("expiresAt").toInstant())
        .isBetween(before.plus(MARKER_TTL), Instant.now().plus(MARKER_TTL));
    assertThat(count("removed") - removed).isEqualTo(1);
  }

  @Test
  void aCopyReceivedBeforeTheRemovalArrivingAfterItIsNeverStoredAgain() {
    EnrichedArticle article = TestArticles.harbour(id("late"));
    send(List.of(record(article)));
    awaitStored(article.id());
    send(List.of(tombstone(article.id(), article.receivedAt().plusSeconds(60))));
    await().atMost(WAIT).until(() -> !isStored(article.id()));
    double copies = count("removed_copy");
    // The same record again (duplicated, redelivered), and a replay's later re-enrichment of the
    // raw record received before the removal, by a newer pipeline.
    EnrichedArticle replayed =
        TestArticles.harbour(
            article.id(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), "2");

    send(List.of(record(article), record(replayed)));

    group().awaitEverythingCommitted();
    assertThat(isStored(article.id())).as("a removed article came back").isFalse();
    assertThat(count("removed_copy") - copies).isEqualTo(2);
  }

  @Test
  void theArticleSentAgainAfterItsRemovalIsANewSubmissionAndIsStored() {
    EnrichedArticle article = TestArticles.harbour(id("readded"));
    send(List.of(record(article)));
    awaitStored(article.id());
    Instant removedAt = article.receivedAt().plusSeconds(60);
    send(List.of(tombstone(article.id(), removedAt)));
    await().atMost(WAIT).until(() -> !isStored(article.id()));

    EnrichedArticle again = receivedAt(article, removedAt.plusMillis(1));
    send(List.of(record(again)));

    awaitStored(article.id());
    assertThat(stored(article.id()).getDate("receivedAt").toInstant())
        .isEqualTo(removedAt.plusMillis(1));
  }

  @Test
  void anOldTombstoneRedeliveredAfterANewSubmissionLeavesTheNewSubmissionStored() {
    EnrichedArticle article = TestArticles.harbour(id("old-tombstone"));
    Instant removedAt = article.receivedAt().plusSeconds(60);
    send(List.of(record(article), tombstone(article.id(), removedAt)));
    await()
        .atMost(WAIT)
        .until(() -> markers().countDocuments(Filters.eq("_id", article.id())) == 1);
    EnrichedArticle again = receivedAt(article, removedAt.plusSeconds(1));
    send(List.of(record(again)));
    awaitStored(article.id());

    // A replay passes the old removal on once more.
    send(List.of(tombstone(article.id(), removedAt)));

    group().awaitEverythingCommitted();
    assertThat(isStored(article.id())).as("the submission after the removal").isTrue();
  }

  @Test
  void withinOneBatchOrderDoesNotLetARemovedArticleThroughNorKeepANewSubmissionOut() {
    EnrichedArticle thenRemoved = TestArticles.harbour(id("batch-upsert-delete"));
    EnrichedArticle lateCopy = TestArticles.harbour(id("batch-delete-late"));
    EnrichedArticle readded = TestArticles.harbour(id("batch-delete-readd"));
    Instant removedAt = TestArticles.RECEIVED.plusSeconds(60);
    MessageListenerContainer writer = listeners.getListenerContainer(EnrichedArticleListener.ID);
    writer.stop();
    // Sent while the writer is stopped, so that it reads them in one poll when it starts again.
    send(
        List.of(
            record(thenRemoved),
            tombstone(thenRemoved.id(), removedAt),
            tombstone(lateCopy.id(), removedAt),
            record(lateCopy),
            tombstone(readded.id(), removedAt),
            record(receivedAt(readded, removedAt.plusSeconds(1)))));
    writer.start();
    StoreTestSetup.awaitWriterAssignment(listeners);

    group().awaitEverythingCommitted();
    assertThat(isStored(thenRemoved.id())).as("upsert then delete").isFalse();
    assertThat(isStored(lateCopy.id())).as("delete then a late copy").isFalse();
    assertThat(isStored(readded.id())).as("delete then a new submission").isTrue();
  }

  @Test
  void aRemovedArticleStaysRemovedWhenTheWriterRestartsAndRereadsTheWholeTopic() throws Exception {
    EnrichedArticle article = TestArticles.harbour(id("restart"));
    send(List.of(record(article)));
    awaitStored(article.id());
    send(List.of(tombstone(article.id(), article.receivedAt().plusSeconds(60))));
    await().atMost(WAIT).until(() -> !isStored(article.id()));
    MessageListenerContainer writer = listeners.getListenerContainer(EnrichedArticleListener.ID);

    writer.stop();
    group().rewindToTheStart();
    writer.start();
    StoreTestSetup.awaitWriterAssignment(listeners);
    // Redelivered: the article's record, then its tombstone; then a late copy after both.
    send(List.of(record(article)));

    group().awaitEverythingCommitted();
    assertThat(isStored(article.id())).as("a removed article came back").isFalse();
  }

  private void send(List<ProducerRecord<String, byte[]>> records) {
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(infrastructure())) {
      List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
      for (ProducerRecord<String, byte[]> record : records) {
        acks.add(producer.send(record));
      }
      producer.flush();
      for (java.util.concurrent.Future<?> ack : acks) {
        ack.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("the broker did not acknowledge a send", e);
    }
  }

  private ProducerRecord<String, byte[]> record(EnrichedArticle article) {
    return new ProducerRecord<>(
        enrichedTopic,
        article.id(),
        new EventSerializer<EnrichedArticle>().serialize(enrichedTopic, article));
  }

  private ProducerRecord<String, byte[]> tombstone(String id, Instant removedAt) {
    ProducerRecord<String, byte[]> tombstone = new ProducerRecord<>(enrichedTopic, id, null);
    RemovalHeaders.setRemovedAt(tombstone.headers(), removedAt);
    return tombstone;
  }

  private WriterGroup group() {
    return new WriterGroup(infrastructure(), enrichedTopic, group, WAIT);
  }

  private MongoCollection<Document> markers() {
    return client.getDatabase(articles.getNamespace().getDatabaseName()).getCollection("removals");
  }

  private void awaitStored(String id) {
    await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> isStored(id));
  }

  private boolean isStored(String id) {
    return articles.countDocuments(Filters.eq("_id", id)) == 1;
  }

  private Document stored(String id) {
    return articles.find(Filters.eq("_id", id)).first();
  }

  private double count(String outcome) {
    return meters.counter("store.writes", "outcome", outcome).count();
  }

  /** {@code article} as if ingest had received it at {@code receivedAt} (and enriched it after). */
  private static EnrichedArticle receivedAt(EnrichedArticle article, Instant receivedAt) {
    return new EnrichedArticle(
        article.schemaVersion(),
        article.id(),
        article.source(),
        article.url(),
        article.title(),
        article.body(),
        article.language(),
        article.publishedAt(),
        receivedAt,
        article.contentHash(),
        article.removedLines(),
        article.metadata(),
        receivedAt.plusSeconds(2),
        article.enrichment(),
        article.entities(),
        article.figures(),
        article.dates());
  }

  private static String id(String base) {
    return base + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
