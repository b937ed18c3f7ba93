package org.newsline.enrich.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;
import org.newsline.model.RemovalHeaders;
import org.newsline.model.kafka.EventSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Enriches the records of one poll and writes every outcome inside the container's one Kafka
 * transaction for that poll, together with the poll's offsets: all of it commits or none of it.
 *
 * <p>Every record of the poll is enriched before anything is sent, so the transaction is open on
 * the broker only while the results are written, not while CoreNLP works (readers with {@code
 * read_committed} wait on open transactions). A tombstone (a removal: the article id as key, no
 * value) is passed on as a tombstone to {@code articles.enriched}, same key, with the removal time
 * (the raw record's timestamp) in {@link RemovalHeaders#REMOVED_AT}, in its place in the same
 * transaction. A record that cannot be enriched (unreadable, a tombstone without a key, too large,
 * or an engine failure after its bounded retries) is dead-lettered in the same transaction, in its
 * place, so one bad record neither stalls the partition nor costs the rest of the poll its work.
 * Anything else thrown (Kafka itself failing) rolls the whole poll back to be retried. A record
 * outside the instance's {@link RecordScope} (a replay's bounds) is passed over, its offset
 * committed with the rest.
 */
class RawArticleListener {

  private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);
  private static final LogAccessor LOG_ACCESSOR = new LogAccessor(RawArticleListener.class);

  /** Room for the key, headers and batch overhead next to the value in one produce request. */
  private static final int RECORD_OVERHEAD_BYTES = 16 * 1024;

  private final EnrichmentEngine engine;
  private final KafkaOperations<String, Object> template;
  private final EnrichTopics topics;
  private final EnrichMetrics metrics;
  private final Clock clock;
  private final ConsumerRecordRecoverer deadLetters;
  private final int retryAttempts;
  private final BackOff retryBackOff;
  private final int maxValueBytes;
  private final RecordScope scope;
  private final EventSerializer<EnrichedArticle> json = new EventSerializer<>();

  RawArticleListener(
      EnrichmentEngine engine,
      KafkaOperations<String, Object> template,
      EnrichTopics topics,
      EnrichMetrics metrics,
      Clock clock,
      ConsumerRecordRecoverer deadLetters,
      EnrichProperties properties,
      int maxRequestBytes,
      RecordScope scope) {
    this.engine = engine;
    this.template = template;
    this.topics = topics;
    this.metrics = metrics;
    this.clock = clock;
    this.deadLetters = deadLetters;
    this.retryAttempts = properties.retryAttempts();
    this.retryBackOff = FailurePolicy.retryBackOff(properties);
    this.maxValueBytes = maxRequestBytes - RECORD_OVERHEAD_BYTES;
    this.scope = scope;
  }

  // idIsGroup = false: the consumer group is spring.kafka.consumer.group-id (ENRICH_GROUP_ID),
  // not the listener id; otherwise every instance of every deployment would join group "enrich".
  @KafkaListener(
      id = "enrich",
      idIsGroup = false,
      topics = "#{@enrichTopics.raw()}",
      containerFactory = "enrichContainerFactory",
      batch = "true")
  void onRawArticles(List<ConsumerRecord<String, RawArticle>> records) {
    List<Runnable> writes = new ArrayList<>(records.size());
    for (ConsumerRecord<String, RawArticle> record : records) {
      if (scope.includes(record)) {
        writes.add(outcomeOf(record));
      }
    }
    writes.forEach(Runnable::run);
  }

  /** What to write for one record: its enriched article, or the record to the dead-letter topic. */
  private Runnable outcomeOf(ConsumerRecord<String, RawArticle> record) {
    RawArticle raw = record.value();
    if (raw == null) {
      Exception unreadable =
          SerializationUtils.getExceptionFromHeader(
              record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
      if (unreadable == null && record.key() != null) {
        return removal(record);
      }
      return deadLetter(
          record,
          unreadable != null
              ? unreadable
              : new EmptyRecordException(
                  record.topic() + "-" + record.partition() + "@" + record.offset()));
    }
    BackOffExecution pauses = retryBackOff.start();
    for (int attempt = 1; ; attempt++) {
      long started = System.nanoTime();
      try {
        EnrichmentResult result = engine.enrich(raw);
        EnrichedArticle enriched = result.toArticle(raw, clock.instant());
        byte[] value = json.serialize(topics.enriched(), enriched);
        if (value.length > maxValueBytes) {
          return deadLetter(record, new EnrichedTooLargeException(raw.id(), value.length));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (result.enrichment().partial()) {
          log.warn("article {} enriched partially: {}", raw.id(), result.enrichment().warnings());
        }
        return () -> {
          template.send(topics.enriched(), raw.id(), value);
          afterCommit(() -> metrics.enriched(result, took));
        };
      } catch (RuntimeException e) {
        if (FailurePolicy.deadLetterNow(e, attempt, retryAttempts)) {
          return deadLetter(record, e);
        }
        log.warn("article {} failed (attempt {}), retrying: {}", raw.id(), attempt, e.toString());
        pause(Duration.ofMillis(pauses.nextBackOff()));
      }
    }
  }

  /** A removal passed on: a tombstone with the same key and the raw tombstone's time. */
  private Runnable removal(ConsumerRecord<String, RawArticle> record) {
    Instant removedAt = Instant.ofEpochMilli(record.timestamp());
    return () -> {
      ProducerRecord<String, Object> tombstone =
          new ProducerRecord<>(topics.enriched(), null, record.key(), null);
      RemovalHeaders.setRemovedAt(tombstone.headers(), removedAt);
      template.send(tombstone);
      afterCommit(metrics::removed);
      log.info("article {} removed (at {}): tombstone passed on", record.key(), removedAt);
    };
  }

  private Runnable deadLetter(ConsumerRecord<String, RawArticle> record, Exception failure) {
    return () -> {
      deadLetters.accept(record, failure);
      afterCommit(() -> metrics.failed(FailurePolicy.reasonOf(failure)));
    };
  }

  /**
   * Runs {@code count} once the poll's transaction has committed, so that the meters count what
   * reached the topics: a rolled-back poll (a dead letter the broker refused, a fenced producer) is
   * read and counted again when it is retried, and counting at once would count it twice. Runs it
   * at once outside a transaction.
   */
  private static void afterCommit(Runnable count) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      count.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            count.run();
          }
        });
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }
}
