package org.newsline.model.spring;

import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;
import org.newsline.model.Topics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Binds {@link PlatformKafkaProperties} and declares every catalogue topic, so that Spring Boot's
 * {@link KafkaAdmin} creates them at start-up (existing topics are left as they are). Where the
 * service has Micrometer and listener containers, publishes their consumer groups' committed-offset
 * lag ({@link ConsumerGroupLagLifecycle}).
 */
@AutoConfiguration
@ConditionalOnClass(KafkaAdmin.class)
@EnableConfigurationProperties(PlatformKafkaProperties.class)
public class PlatformKafkaAutoConfiguration {

  @Bean
  KafkaAdmin.NewTopics newslineTopics(PlatformKafkaProperties properties) {
    return new KafkaAdmin.NewTopics(newTopics(properties).toArray(NewTopic[]::new));
  }

  /**
   * Every catalogue topic as configured, with its topic configuration ({@link
   * PlatformKafkaProperties#configsOf}). A topic that exists already keeps the configuration it
   * has: change that with {@code kafka-configs.sh --alter}.
   */
  public static List<NewTopic> newTopics(PlatformKafkaProperties properties) {
    return Topics.all().stream()
        .map(
            topic ->
                TopicBuilder.name(properties.nameOf(topic))
                    .partitions(properties.partitions())
                    .replicas(properties.replicationFactor())
                    .configs(properties.configsOf(topic))
                    .build())
        .toList();
  }

  /** The lag gauges, where Micrometer is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class LagMetrics {

    @Bean
    ConsumerGroupLagLifecycle newslineConsumerGroupLag(
        ObjectProvider<KafkaAdmin> admin,
        ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry,
        ObjectProvider<KafkaListenerEndpointRegistry> listeners,
        PlatformKafkaProperties properties) {
      return new ConsumerGroupLagLifecycle(
          () -> {
            KafkaAdmin kafkaAdmin = admin.getIfAvailable();
            return kafkaAdmin == null ? null : kafkaAdmin.getConfigurationProperties();
          },
          () ->
              listeners.stream()
                  .flatMap(r -> r.getAllListenerContainers().stream())
                  .map(c -> c.getGroupId())
                  .filter(Objects::nonNull)
                  .distinct()
                  .toList(),
          registry::getIfAvailable,
          properties.lagInterval());
    }
  }
}
