package org.newsline.store.writing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.newsline.model.EnrichedArticle;
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
 * partition, reason in headers, no retries: they would fail the same way); the rest are written
 * with one bulk write. The listener returns only when every record is either acknowledged by
 * MongoDB or acknowledged by Kafka on the dead-letter topic; only then are the offsets committed.
 * MongoDB failing (unreachable, timeout, not primary) makes the listener throw, and the container's
 * error handler retries the same batch with backoff, without end.
 */
@Component
class EnrichedArticleListener {

  static final String ID = "store-writer";

  private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);
  private static final LogAccessor LOG_ACCESSOR = new LogAccessor(EnrichedArticleListener.class);

  private final BatchWriter writer;
  private final ConsumerRecordRecoverer deadLetters;
  private final WriteMetrics metrics;

  EnrichedArticleListener(
      BatchWriter writer, ConsumerRecordRecoverer storeDeadLetters, WriteMetrics metrics) {
    this.writer = writer;
    this.deadLetters = storeDeadLetters;
    this.metrics = metrics;
  }

  @KafkaListener(
      id = ID,
      idIsGroup = false,
      topics = "#{@storeTopics.enriched()}",
      containerFactory = "storeListenerFactory")
  void onBatch(List<ConsumerRecord<String, EnrichedArticle>> records) {
    metrics.batch(records.size());
    List<ConsumerRecord<String, EnrichedArticle>> readable = new ArrayList<>(records.size());
    for (ConsumerRecord<String, EnrichedArticle> record : records) {
      DeserializationException unreadable =
          SerializationUtils.getExceptionFromHeader(
              record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
      if (unreadable != null || record.value() == null) {
        Exception cause =
            unreadable != null
                ? unreadable
                : new RejectedArticleException("validation", "record has no value", null);
        deadLetter(record, cause);
      } else {
        readable.add(record);
      }
    }
    if (readable.isEmpty()) {
      return;
    }
    List<Incoming> batch =
        readable.stream().map(r -> new Incoming(r.value(), r.serializedValueSize())).toList();
    BatchWriter.Result result;
    try {
      result = metrics.write().record(() -> writer.write(batch));
    } catch (RuntimeException e) {
      metrics.retry();
      log.warn(
          "MongoDB did not take a batch of {} from {}-{}@{}; it will be retried: {}",
          readable.size(),
          readable.get(0).topic(),
          readable.get(0).partition(),
          readable.get(0).offset(),
          e.toString());
      throw e;
    }
    for (Map.Entry<Integer, RejectedArticleException> rejected : result.rejected().entrySet()) {
      deadLetter(readable.get(rejected.getKey()), rejected.getValue());
    }
    for (int i = 0; i < readable.size(); i++) {
      Outcome outcome = result.outcomes().get(i);
      metrics.outcome(outcome);
      if (outcome == Outcome.INSERTED || outcome == Outcome.REPLACED) {
        metrics.latency(Duration.between(readable.get(i).value().receivedAt(), result.storedAt()));
      }
    }
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
