package org.newsline.model.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.newsline.model.Topics;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaAdmin;

class PlatformKafkaAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(PlatformKafkaAutoConfiguration.class));

  @Test
  void declaresEveryCatalogueTopicWithSixPartitionsByDefault() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(KafkaAdmin.NewTopics.class);
          var topics =
              PlatformKafkaAutoConfiguration.newTopics(
                  context.getBean(PlatformKafkaProperties.class));
          assertThat(topics)
              .extracting(NewTopic::name)
              .containsExactlyInAnyOrder(
                  "articles.raw", "articles.enriched", "articles.raw-dlt", "articles.enriched-dlt");
          assertThat(topics).allSatisfy(t -> assertThat(t.numPartitions()).isEqualTo(6));
          assertThat(topics)
              .allSatisfy(t -> assertThat(t.replicationFactor()).isEqualTo((short) 1));
        });
  }

  @Test
  void takesNamesPartitionsAndReplicationFromConfiguration() {
    runner
        .withPropertyValues(
            "newsline.kafka.partitions=12",
            "newsline.kafka.replication-factor=3",
            "newsline.kafka.topics.raw=feed.raw",
            "newsline.kafka.topics.enriched-dlt=feed.enriched.dead")
        .run(
            context -> {
              PlatformKafkaProperties properties = context.getBean(PlatformKafkaProperties.class);
              assertThat(properties.nameOf(Topics.ARTICLES_RAW)).isEqualTo("feed.raw");
              assertThat(properties.nameOf(Topics.ARTICLES_ENRICHED))
                  .isEqualTo("articles.enriched");
              assertThat(properties.nameOf(Topics.ARTICLES_ENRICHED_DLT))
                  .isEqualTo("feed.enriched.dead");
              var topics =
                  PlatformKafkaAutoConfiguration.newTopics(
                      context.getBean(PlatformKafkaProperties.class));
              assertThat(topics).allSatisfy(t -> assertThat(t.numPartitions()).isEqualTo(12));
              assertThat(topics)
                  .allSatisfy(t -> assertThat(t.replicationFactor()).isEqualTo((short) 3));
            });
  }

  @Test
  void
      compactsTheRawTopicAndKeepsItForeverWithDeliberateLagsAndKeepsEnrichedAWeekInDailySegments() {
    runner.run(
        context -> {
          PlatformKafkaProperties properties = context.getBean(PlatformKafkaProperties.class);
          Map<String, Map<String, String>> configs =
              PlatformKafkaAutoConfiguration.newTopics(properties).stream()
                  .collect(
                      Collectors.toMap(
                          NewTopic::name, t -> t.configs() == null ? Map.of() : t.configs()));

          assertThat(configs.get("articles.raw"))
              .containsExactlyInAnyOrderEntriesOf(
                  Map.of(
                      "cleanup.policy", "compact",
                      "retention.ms", "-1",
                      "min.compaction.lag.ms", "3600000",
                      "max.compaction.lag.ms", "604800000",
                      "delete.retention.ms", "86400000",
                      "segment.ms", "86400000"));
          assertThat(configs.get("articles.enriched"))
              .containsExactlyInAnyOrderEntriesOf(
                  Map.of("retention.ms", "604800000", "segment.ms", "86400000"));
          assertThat(configs.get("articles.raw-dlt")).isEmpty();
          assertThat(properties.removedCopyWindow()).contains(Duration.ofDays(16));
        });
  }

  @Test
  void takesTheRawTopicsRetentionAndCompactionFromConfiguration() {
    runner
        .withPropertyValues(
            "newsline.kafka.raw.retention-ms=2592000000",
            "newsline.kafka.raw.max-compaction-lag-ms=172800000",
            "newsline.kafka.enriched.retention-ms=-1")
        .run(
            context -> {
              PlatformKafkaProperties properties = context.getBean(PlatformKafkaProperties.class);
              assertThat(properties.configsOf(Topics.ARTICLES_RAW))
                  .containsEntry("retention.ms", "2592000000")
                  .containsEntry("max.compaction.lag.ms", "172800000")
                  .containsEntry("cleanup.policy", "compact");
              assertThat(properties.removedCopyWindow())
                  .as("enriched kept forever: no marker is kept long enough")
                  .isEmpty();
            });
  }

  @Test
  void refusesAMaxCompactionLagNotAboveTheMinimum() {
    runner
        .withPropertyValues(
            "newsline.kafka.raw.min-compaction-lag-ms=3600000",
            "newsline.kafka.raw.max-compaction-lag-ms=3600000")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void refusesZeroPartitions() {
    runner
        .withPropertyValues("newsline.kafka.partitions=0")
        .run(context -> assertThat(context).hasFailed());
  }
}
