package org.newsline.enrich.pipeline;

import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.engine.ArticleTooLargeException;
import org.newsline.model.spring.DeadLetters;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What happens to a record that fails, in one place.
 *
 * <ul>
 *   <li>Cannot be read, is empty, or is too large (as raw or as enriched): dead-lettered at once
 *       ({@link #notRetryable}).
 *   <li>The engine fails: retried in the listener, {@code retry-attempts} in all with {@link
 *       #retryBackOff}, then dead-lettered ({@link #deadLetterNow}).
 *   <li>Dead-lettered means published to {@code articles.raw-dlt}, same partition, inside the
 *       poll's transaction, with a reason ({@link #reasonOf}).
 *   <li>Kafka fails (the poll's transaction rolls back): the poll is retried with back-off without
 *       end ({@link #afterRollback}); an outage pauses enrichment, it never drops a record.
 * </ul>
 */
final class FailurePolicy {

  private FailurePolicy() {}

  /**
   * Whether a record whose {@code attempt}-th enrichment failed with {@code failure} is
   * dead-lettered now (else it is retried after the next pause of {@link #retryBackOff}).
   */
  static boolean deadLetterNow(Throwable failure, int attempt, int retryAttempts) {
    return notRetryable(failure) || attempt >= retryAttempts;
  }

  /**
   * After a rolled-back poll (Kafka failing: the listener handles every bad record itself) the
   * poll's records are fetched again and retried with growing back-off, without end: an outage
   * pauses enrichment, it never drops a record. {@code rolledBack} runs after each rollback (the
   * {@code enrich.rollbacks} meter).
   */
  static DefaultAfterRollbackProcessor<Object, Object> afterRollback(
      EnrichProperties properties, Runnable rolledBack) {
    return new DefaultAfterRollbackProcessor<>(
        (record, failure) -> {
          throw new IllegalStateException("unbounded back-off never gives up", failure);
        },
        retryBackOff(properties)) {
      @Override
      public void process(
          List<ConsumerRecord<Object, Object>> records,
          Consumer<Object, Object> consumer,
          MessageListenerContainer container,
          Exception exception,
          boolean recoverable,
          ContainerProperties.EOSMode eosMode) {
        rolledBack.run();
        super.process(records, consumer, container, exception, recoverable, eosMode);
      }

      @Override
      public void processBatch(
          ConsumerRecords<Object, Object> records,
          List<ConsumerRecord<Object, Object>> recordList,
          Consumer<Object, Object> consumer,
          MessageListenerContainer container,
          Exception exception,
          boolean recoverable,
          ContainerProperties.EOSMode eosMode) {
        rolledBack.run();
        super.processBatch(
            records, recordList, consumer, container, exception, recoverable, eosMode);
      }
    };
  }

  /**
   * The pause between attempts, for a failing article (in the listener, as many as {@code
   * retry-attempts}) and for a rolled-back poll (without end): {@code retry-backoff}, doubled each
   * time, at most {@code retry-backoff-max}.
   */
  static ExponentialBackOff retryBackOff(EnrichProperties properties) {
    ExponentialBackOff backOff = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2.0);
    backOff.setMaxInterval(properties.retryBackoffMax().toMillis());
    return backOff;
  }

  /** Publishes a record that cannot be enriched to {@code articles.raw-dlt}, same partition. */
  static DeadLetterPublishingRecoverer deadLetters(
      KafkaTemplate<String, Object> template, EnrichTopics topics, EnrichProperties properties) {
    return DeadLetters.recoverer(
        template,
        topics.rawDlt(),
        properties.retryAttempts(),
        FailurePolicy::notRetryable,
        FailurePolicy::reasonOf);
  }

  static boolean notRetryable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DeserializationException
          || t instanceof ArticleTooLargeException
          || t instanceof EnrichedTooLargeException
          || t instanceof EmptyRecordException
          || t instanceof org.apache.kafka.common.errors.SerializationException) {
        return true;
      }
    }
    return false;
  }

  static String reasonOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ArticleTooLargeException || t instanceof EnrichedTooLargeException) {
        return "too-large";
      }
    }
    return DeadLetters.reasonOf(failure);
  }
}
