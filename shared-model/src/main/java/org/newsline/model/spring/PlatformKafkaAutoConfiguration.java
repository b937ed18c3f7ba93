package org.newsline.model.spring;

import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.newsline.model.Topics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Binds {@link PlatformKafkaProperties} and declares every catalogue topic, so that Spring Boot's
 * {@link KafkaAdmin} creates them at start-up (existing topics are left as they are).
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@EnableConfigurationProperties(PlatformKafkaProperties.class)
public class PlatformKafkaAutoConfiguration {

  @Bean
  KafkaAdmin.NewTopics newslineTopics(PlatformKafkaProperties properties) {
    return new KafkaAdmin.NewTopics(newTopics(properties).toArray(NewTopic[]::new));
  }

  /** Every catalogue topic as configured. */
  public static List<NewTopic> newTopics(PlatformKafkaProperties properties) {
    return Topics.all().stream()
        .map(
            topic ->
                TopicBuilder.name(properties.nameOf(topic))
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .build())
        .toList();
  }
}
