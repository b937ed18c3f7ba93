package org.newsline.model;

/**
 * Headers on every dead-letter record. The record's key and value are the failed record's,
 * unchanged; these headers say what went wrong and where the record came from. The {@code
 * kafka_dlt-*} names are Spring Kafka's standard dead-letter headers; the {@code newsline_dlt-*}
 * ones are the platform's own.
 */
public final class DeadLetterHeaders {

  /** Fully qualified class name of the exception (root cause where one exists). */
  public static final String EXCEPTION_CLASS = "kafka_dlt-exception-fqcn";

  /** The exception message. */
  public static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";

  /** Topic the failed record was read from. */
  public static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

  /** Partition the failed record was read from (4-byte big-endian int). */
  public static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";

  /** Offset of the failed record (8-byte big-endian long). */
  public static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";

  /** How many times processing was attempted, as a decimal UTF-8 string. */
  public static final String ATTEMPTS = "newsline_dlt-attempts";

  /**
   * A short, bounded reason code, as a UTF-8 string: {@code deserialization}, {@code
   * schema-version}, {@code validation}, {@code too-large}, {@code processing}.
   */
  public static final String REASON = "newsline_dlt-reason";

  private DeadLetterHeaders() {}
}
