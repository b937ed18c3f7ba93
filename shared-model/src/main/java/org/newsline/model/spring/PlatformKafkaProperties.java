package org.newsline.model.spring;

import java.time.Duration;
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
 */
@ConfigurationProperties("newsline.kafka")
public record PlatformKafkaProperties(
    @DefaultValue("6") int partitions,
    @DefaultValue("1") short replicationFactor,
    @DefaultValue TopicNames topics,
    @DefaultValue("15s") Duration lagInterval) {

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
