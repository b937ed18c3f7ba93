package org.newsline.enrich.pipeline;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Which records of {@code articles.raw} an instance enriches. Live enrichment takes every record; a
 * replay only those within its bounds ({@code org.newsline.enrich.replay}). A record left out is
 * not enriched, and its offset is committed with the poll's all the same.
 */
@FunctionalInterface
public interface RecordScope {

  /** Every record: live enrichment. */
  RecordScope ALL = record -> true;

  boolean includes(ConsumerRecord<?, ?> record);
}
