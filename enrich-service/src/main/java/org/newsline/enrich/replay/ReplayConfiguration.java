package org.newsline.enrich.replay;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsline.model.Topics;
import org.newsline.model.spring.PlatformKafkaProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A replay instance: the service's own listener, engine and transactions, in the replay's group and
 * with its transactional-id prefix, limited by a {@link ReplayScope} to the plan made before the
 * listener starts, and watched by {@link ReplayProgress}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("newsline.enrich.replay.enabled")
class ReplayConfiguration {

  @Bean
  ReplayPlan replayPlan(
      KafkaProperties kafka, PlatformKafkaProperties platform, ReplayProperties replay) {
    String group = kafka.getConsumer().getGroupId();
    if (group == null || group.isBlank()) {
      throw new IllegalStateException("a replay needs a consumer group of its own");
    }
    Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (Admin admin = Admin.create(kafka.buildAdminProperties());
        KafkaConsumer<byte[], byte[]> reader =
            new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      return new ReplayPlanner(admin, reader)
          .prepare(platform.nameOf(Topics.ARTICLES_RAW), group, replay);
    }
  }

  @Bean
  ReplayScope replayScope(ReplayPlan plan) {
    return new ReplayScope(plan);
  }

  @Bean
  ReplayProgress replayProgress(ReplayPlan plan, KafkaProperties kafka, ReplayProperties replay) {
    return new ReplayProgress(plan, kafka.buildAdminProperties(), replay.progressInterval());
  }
}
