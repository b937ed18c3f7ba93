package org.newsline.model.spring;

import static org.assertj.core.api.Assertions.assertThat;

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
  void refusesZeroPartitions() {
    runner
        .withPropertyValues("newsline.kafka.partitions=0")
        .run(context -> assertThat(context).hasFailed());
  }
}
