package org.newsline.model.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.newsline.model.Topic;
import org.newsline.model.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Names, partition counts and replication of the platform's topics ({@code newsline.kafka.*}).
 * Dead-letter topics get the same partition count as their source topic, so a failed record keeps
 * its partition.
 *
 * @param partitions partitions per topic, default 6
 * @param replicationFactor replicas per partition, default 1 (use 3 on a production cluster)
 * @param topics topic names, each defaulting to the catalogue's name
 * @param lagInterval how often each service reads its consumer groups' committed offsets and the
 *     topics' end offsets for the {@code newsline.consumer.group.lag} gauges, default 15 s
 * @param raw how long {@code articles.raw} keeps records and how it is compacted
 * @param enriched how long {@code articles.enriched} keeps records
 */
@ConfigurationProperties("newsline.kafka")
public record PlatformKafkaProperties(
    @DefaultValue("6") int partitions,
    @DefaultValue("1") short replicationFactor,
    @DefaultValue TopicNames topics,
    @DefaultValue("15s") Duration lagInterval,
    @DefaultValue RawTopic raw,
    @DefaultValue EnrichedTopic enriched) {

  public PlatformKafkaProperties {
    if (partitions < 1) {
      throw new IllegalArgumentException("newsline.kafka.partitions must be at least 1");
    }
    if (replicationFactor < 1) {
      throw new IllegalArgumentException("newsline.kafka.replication-factor must be at least 1");
    }
    if (lagInterval.isNegative() || lagInterval.isZero()) {
      throw new IllegalArgumentException("newsline.kafka.lag-interval must be positive");
    }
  }

  /** The configured name of a catalogue topic. */
  public String nameOf(Topic<?> topic) {
    return topics.nameOf(topic);
  }

  /** The topic configuration a catalogue topic is created with (empty: the broker's defaults). */
  public Map<String, String> configsOf(Topic<?> topic) {
    if (topic == Topics.ARTICLES_RAW) {
      return raw.configs();
    }
    if (topic == Topics.ARTICLES_ENRICHED) {
      return Map.of(
          TopicConfig.RETENTION_MS_CONFIG,
          Long.toString(enriched.retentionMs()),
          TopicConfig.SEGMENT_MS_CONFIG,
          Long.toString(enriched.segmentMs()));
    }
    return Map.of();
  }

  /**
   * The longest an old copy of a removed article can still reach the store after its tombstone was
   * written: until the raw record is compacted away (the larger of {@code segment.ms} and {@code
   * max.compaction.lag.ms}), plus {@code delete.retention.ms} (the time Kafka gives a reader that
   * began before compaction), plus {@code articles.enriched}'s {@code retention.ms} (how long its
   * enriched copy can wait there); empty when {@code articles.enriched} keeps records forever. A
   * removal marker must be kept longer than this.
   */
  public java.util.Optional<Duration> removedCopyWindow() {
    if (enriched.retentionMs() < 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Duration.ofMillis(
            Math.max(raw.segmentMs(), raw.maxCompactionLagMs())
                + raw.deleteRetentionMs()
                + enriched.retentionMs()
                + enriched.segmentMs()));
  }

  /**
   * {@code articles.raw} ({@code newsline.kafka.raw.*}): compacted ({@code
   * cleanup.policy=compact}), so that a removed article's records leave Kafka once compacted, and
   * kept forever by default so that it stays the replayable record of every article.
   *
   * @param retentionMs {@code retention.ms}, default -1 (forever)
   * @param minCompactionLagMs {@code min.compaction.lag.ms}, default 1 hour: a record is never
   *     compacted away before enrich could read it
   * @param maxCompactionLagMs {@code max.compaction.lag.ms}, default 7 days: the longest a removed
   *     article's record stays uncompacted
   * @param deleteRetentionMs {@code delete.retention.ms}, default 1 day: how long a tombstone stays
   *     after compaction, for readers that began before it
   * @param segmentMs {@code segment.ms}, default 1 day: the active segment is never compacted, so
   *     it is rolled within a day
   */
  public record RawTopic(
      @DefaultValue("-1") long retentionMs,
      @DefaultValue("3600000") long minCompactionLagMs,
      @DefaultValue("604800000") long maxCompactionLagMs,
      @DefaultValue("86400000") long deleteRetentionMs,
      @DefaultValue("86400000") long segmentMs) {

    public RawTopic {
      if (retentionMs < -1 || retentionMs == 0) {
        throw new IllegalArgumentException(
            "newsline.kafka.raw.retention-ms must be -1 (forever) or positive");
      }
      if (minCompactionLagMs < 0 || maxCompactionLagMs <= minCompactionLagMs) {
        throw new IllegalArgumentException(
            "newsline.kafka.raw: need 0 <= min-compaction-lag-ms < max-compaction-lag-ms");
      }
      if (deleteRetentionMs < 0 || segmentMs < 1) {
        throw new IllegalArgumentException(
            "newsline.kafka.raw: delete-retention-ms must be >= 0 and segment-ms positive");
      }
    }

    /** The topic configuration. */
    public Map<String, String> configs() {
      Map<String, String> configs = new LinkedHashMap<>();
      configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
      configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs));
      configs.put(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(minCompactionLagMs));
      configs.put(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(maxCompactionLagMs));
      configs.put(TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(deleteRetentionMs));
      configs.put(TopicConfig.SEGMENT_MS_CONFIG, Long.toString(segmentMs));
      return configs;
    }
  }

  /**
   * {@code articles.enriched} ({@code newsline.kafka.enriched.*}).
   *
   * @param retentionMs {@code retention.ms}, default 7 days (-1: forever)
   * @param segmentMs {@code segment.ms}, default 1 day: a segment is deleted only once its newest
   *     record is past the retention, so a record can outlive it by up to this much
   */
  public record EnrichedTopic(
      @DefaultValue("604800000") long retentionMs, @DefaultValue("86400000") long segmentMs) {

    public EnrichedTopic {
      if (retentionMs < -1 || retentionMs == 0 || segmentMs < 1) {
        throw new IllegalArgumentException(
            "newsline.kafka.enriched: retention-ms must be -1 or positive, segment-ms positive");
      }
    }
  }

  /**
   * Configured topic names ({@code newsline.kafka.topics.raw} and so on; environment: {@code
   * NEWSLINE_KAFKA_TOPICS_RAW}).
   */
  public record TopicNames(
      @DefaultValue(Topics.ARTICLES_RAW_NAME) String raw,
      @DefaultValue(Topics.ARTICLES_ENRICHED_NAME) String enriched,
      @DefaultValue(Topics.ARTICLES_RAW_DLT_NAME) String rawDlt,
      @DefaultValue(Topics.ARTICLES_ENRICHED_DLT_NAME) String enrichedDlt) {

    /** The catalogue's default names. */
    public static TopicNames defaults() {
      return new TopicNames(
          Topics.ARTICLES_RAW_NAME,
          Topics.ARTICLES_ENRICHED_NAME,
          Topics.ARTICLES_RAW_DLT_NAME,
          Topics.ARTICLES_ENRICHED_DLT_NAME);
    }

    /** The configured name of a catalogue topic. */
    public String nameOf(Topic<?> topic) {
      if (topic == Topics.ARTICLES_RAW) {
        return raw;
      }
      if (topic == Topics.ARTICLES_ENRICHED) {
        return enriched;
      }
      if (topic == Topics.ARTICLES_RAW_DLT) {
        return rawDlt;
      }
      if (topic == Topics.ARTICLES_ENRICHED_DLT) {
        return enrichedDlt;
      }
      throw new IllegalArgumentException("not a catalogue topic: " + topic);
    }
  }
}
