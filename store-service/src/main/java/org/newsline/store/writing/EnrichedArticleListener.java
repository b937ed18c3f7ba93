package org.newsline.store.writing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RemovalHeaders;
import org.newsline.store.writing.BatchWriter.Incoming;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code articles.enriched} in batches (read_committed). Each batch: records that could
 * not be read and articles that cannot be stored go to {@code articles.enriched-dlt} (same
 * partition, reason in headers, no retries: they would fail the same way); tombstones (removals)
 * are applied and copies of removed articles dropped ({@link Removals}); the rest are written with
 * one bulk write. The listener returns only when every record is either acknowledged by MongoDB or
 * acknowledged by Kafka on the dead-letter topic; only then are the offsets committed. MongoDB
 * failing (unreachable, timeout, not primary) makes the listener throw, and the container's error
 * handler retries the same batch with backoff, without end.
 */
@Component
class EnrichedArticleListener {

  static final String ID = "store-writer";

  private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);
  private static final LogAccessor LOG_ACCESSOR = new LogAccessor(EnrichedArticleListener.class);

  private final BatchWriter writer;
  private final Removals removals;
  private final ConsumerRecordRecoverer deadLetters;
  private final WriteMetrics metrics;

  EnrichedArticleListener(
      BatchWriter writer,
      Removals removals,
      ConsumerRecordRecoverer storeDeadLetters,
      WriteMetrics metrics) {
    this.writer = writer;
    this.removals = removals;
    this.deadLetters = storeDeadLetters;
    this.metrics = metrics;
  }

  /**
   * What one batch wrote: the copies of removed articles dropped, the articles kept and what became
   * of them (null when none was kept).
   */
  private record Written(
      int removedCopies,
      List<ConsumerRecord<String, EnrichedArticle>> kept,
      BatchWriter.Result result) {}

  @KafkaListener(
      id = ID,
      idIsGroup = false,
      topics = "#{@storeTopics.enriched()}",
      containerFactory = "storeListenerFactory")
  void onBatch(List<ConsumerRecord<String, EnrichedArticle>> records) {
    metrics.batch(records.size());
    List<ConsumerRecord<String, EnrichedArticle>> readable = new ArrayList<>(records.size());
    List<Removals.Tombstone> tombstones = new ArrayList<>();
    for (ConsumerRecord<String, EnrichedArticle> record : records) {
      DeserializationException unreadable =
          SerializationUtils.getExceptionFromHeader(
              record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
      if (unreadable != null) {
        deadLetter(record, unreadable);
      } else if (record.value() == null && record.key() == null) {
        deadLetter(
            record,
            new RejectedArticleException("validation", "record has neither value nor key", null));
      } else if (record.value() == null) {
        tombstones.add(
            new Removals.Tombstone(
                record.key(), RemovalHeaders.removedAt(record.headers(), record.timestamp())));
      } else {
        readable.add(record);
      }
    }
    if (readable.isEmpty() && tombstones.isEmpty()) {
      return;
    }
    Written written;
    try {
      written = metrics.write().record(() -> write(readable, tombstones));
    } catch (RuntimeException e) {
      metrics.retry();
      log.warn(
          "MongoDB did not take a batch of {} from {}-{}@{}; it will be retried: {}",
          records.size(),
          records.get(0).topic(),
          records.get(0).partition(),
          records.get(0).offset(),
          e.toString());
      throw e;
    }
    tombstones.forEach(t -> metrics.outcome(Outcome.REMOVED));
    for (int i = 0; i < written.removedCopies(); i++) {
      metrics.outcome(Outcome.REMOVED_COPY);
    }
    List<ConsumerRecord<String, EnrichedArticle>> kept = written.kept();
    BatchWriter.Result result = written.result();
    if (result == null) {
      return;
    }
    for (Map.Entry<Integer, RejectedArticleException> rejected : result.rejected().entrySet()) {
      deadLetter(kept.get(rejected.getKey()), rejected.getValue());
    }
    for (int i = 0; i < kept.size(); i++) {
      Outcome outcome = result.outcomes().get(i);
      metrics.outcome(outcome);
      if (outcome == Outcome.INSERTED || outcome == Outcome.REPLACED) {
        metrics.latency(Duration.between(kept.get(i).value().receivedAt(), result.storedAt()));
      }
    }
  }

  /**
   * Applies the batch's removals, drops the copies of removed articles and writes the rest. Any
   * MongoDB failure propagates: the whole batch is retried, which every step allows.
   */
  private Written write(
      List<ConsumerRecord<String, EnrichedArticle>> readable, List<Removals.Tombstone> tombstones) {
    Removals.InForce inForce =
        removals.apply(tombstones, readable.stream().map(r -> r.value().id()).toList());
    List<ConsumerRecord<String, EnrichedArticle>> kept = new ArrayList<>(readable.size());
    for (ConsumerRecord<String, EnrichedArticle> record : readable) {
      if (inForce.removes(record.value())) {
        log.info(
            "Not storing {}-{}@{}: article {} received at {} was removed at {}",
            record.topic(),
            record.partition(),
            record.offset(),
            record.value().id(),
            record.value().receivedAt(),
            inForce.removedAt().get(record.value().id()));
      } else {
        kept.add(record);
      }
    }
    int removedCopies = readable.size() - kept.size();
    if (kept.isEmpty()) {
      return new Written(removedCopies, kept, null);
    }
    List<Incoming> batch =
        kept.stream().map(r -> new Incoming(r.value(), r.serializedValueSize())).toList();
    return new Written(removedCopies, kept, writer.write(batch));
  }

  private void deadLetter(ConsumerRecord<String, EnrichedArticle> record, Exception cause) {
    log.warn(
        "Dead-lettering {}-{}@{} (key {}): {}",
        record.topic(),
        record.partition(),
        record.offset(),
        record.key(),
        cause.getMessage());
    deadLetters.accept(record, cause);
    metrics.outcome(Outcome.FAILED);
  }
}
