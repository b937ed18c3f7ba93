package org.newsline.model.spring;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.newsline.model.DeadLetterHeaders;
import org.newsline.model.kafka.UnsupportedSchemaVersionException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * Builds the platform's dead-letter recoverer: the failed record goes unchanged to the same
 * partition of its dead-letter topic, with Spring Kafka's standard {@code kafka_dlt-*} headers plus
 * {@link DeadLetterHeaders#ATTEMPTS} and a bounded {@link DeadLetterHeaders#REASON}.
 */
public final class DeadLetters {

  private DeadLetters() {}

  /**
   * @param template publishes to the dead-letter topic; must be able to write the values it will
   *     see (raw {@code byte[]} for records that could not be deserialised)
   * @param deadLetterTopic name of the dead-letter topic
   * @param maxAttempts attempts made for a retryable failure before it is dead-lettered
   * @param notRetryable tells which failures were dead-lettered on the first attempt
   * @param reasons maps a failure to its reason code; {@link #reasonOf} covers the common ones
   */
  public static DeadLetterPublishingRecoverer recoverer(
      KafkaOperations<?, ?> template,
      String deadLetterTopic,
      int maxAttempts,
      Function<Throwable, Boolean> notRetryable,
      Function<Throwable, String> reasons) {
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(
            template, (record, ex) -> new TopicPartition(deadLetterTopic, record.partition()));
    recoverer.setHeadersFunction(
        (record, ex) -> {
          // Classify on the whole chain: the listener wraps the real failure.
          Headers headers = new RecordHeaders();
          int attempts = Boolean.TRUE.equals(notRetryable.apply(ex)) ? 1 : maxAttempts;
          headers.add(DeadLetterHeaders.ATTEMPTS, utf8(Integer.toString(attempts)));
          headers.add(DeadLetterHeaders.REASON, utf8(reasons.apply(ex)));
          return headers;
        });
    return recoverer;
  }

  /**
   * The reason code for common failures: {@code schema-version}, {@code deserialization}, {@code
   * too-large}, {@code validation}; {@code processing} for anything else.
   */
  public static String reasonOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnsupportedSchemaVersionException) {
        return "schema-version";
      }
      if (t instanceof RecordTooLargeException) {
        return "too-large";
      }
      if (t instanceof IllegalArgumentException) {
        return "validation";
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DeserializationException
          || t instanceof org.apache.kafka.common.errors.SerializationException) {
        return "deserialization";
      }
    }
    return "processing";
  }

  /** The innermost cause, or {@code failure} itself. */
  public static Throwable rootCause(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
