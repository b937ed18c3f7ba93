package org.newsline.enrich.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.model.spring.PlatformKafkaProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.transaction.KafkaTransactionManager;

/**
 * Exactly-once wiring: a read_committed consumer without auto-commit, a transactional producer
 * ({@code acks=all}), and a container that runs each poll's records in one Kafka transaction (EOS
 * v2) together with their offsets. What happens to a record that fails (retried, dead-lettered,
 * rolled back) is {@link FailurePolicy}.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

  @Bean
  EnrichTopics enrichTopics(PlatformKafkaProperties kafka) {
    return EnrichTopics.of(kafka);
  }

  @Bean
  Clock enrichClock() {
    return Clock.systemUTC();
  }

  @Bean
  EnrichMetrics enrichMetrics(MeterRegistry registry) {
    return new EnrichMetrics(registry);
  }

  @Bean
  ConsumerFactory<String, RawArticle> enrichConsumerFactory(
      KafkaProperties properties,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    Map<String, Object> config = new LinkedHashMap<>(properties.buildConsumerProperties());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    DefaultKafkaConsumerFactory<String, RawArticle> factory =
        new DefaultKafkaConsumerFactory<>(
            config,
            new StringDeserializer(),
            new ErrorHandlingDeserializer<>(
                new EventDeserializer<>(RawArticle.class, RawArticle.CURRENT_SCHEMA_VERSION)));
    customizers.orderedStream().forEach(c -> c.customize(factory));
    return factory;
  }

  @Bean
  ProducerFactory<String, Object> enrichProducerFactory(
      KafkaProperties properties,
      EnrichProperties enrich,
      ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
    Map<String, Object> config = new LinkedHashMap<>(properties.buildProducerProperties());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    String prefix = properties.getProducer().getTransactionIdPrefix();
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalStateException(
          "spring.kafka.producer.transaction-id-prefix must be set: enrich writes transactionally");
    }
    Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
    byType.put(byte[].class, new ByteArraySerializer());
    byType.put(EnrichedArticle.class, new EventSerializer<EnrichedArticle>());
    byType.put(RawArticle.class, new EventSerializer<RawArticle>());
    DefaultKafkaProducerFactory<String, Object> factory =
        new DefaultKafkaProducerFactory<>(
            config, new StringSerializer(), new DelegatingByTypeSerializer(byType));
    factory.setTransactionIdPrefix(prefix);
    // A fixed pool of suffixes, one per consumer thread (each holds one producer at a time, inside
    // its transaction): the ids an instance uses are the same after every restart, so a restart
    // under the same prefix can fence them all (TransactionalIdFencing).
    factory.setTransactionIdSuffixStrategy(
        new DefaultTransactionIdSuffixStrategy(enrich.concurrency()));
    customizers.orderedStream().forEach(c -> c.customize(factory));
    return factory;
  }

  @Bean
  TransactionalIdFencing transactionalIdFencing(
      ProducerFactory<String, Object> factory, EnrichProperties properties) {
    return new TransactionalIdFencing(factory, properties.concurrency());
  }

  @Bean
  KafkaTemplate<String, Object> enrichTemplate(ProducerFactory<String, Object> factory) {
    KafkaTemplate<String, Object> template = new KafkaTemplate<>(factory);
    template.setObservationEnabled(true);
    return template;
  }

  @Bean
  KafkaTransactionManager<String, Object> enrichTransactionManager(
      ProducerFactory<String, Object> factory) {
    return new KafkaTransactionManager<>(factory);
  }

  @Bean
  @SuppressWarnings({"unchecked", "rawtypes"})
  ConcurrentKafkaListenerContainerFactory<String, RawArticle> enrichContainerFactory(
      ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
      ConsumerFactory<String, RawArticle> consumerFactory,
      KafkaTransactionManager<String, Object> transactionManager,
      EnrichProperties properties,
      EnrichMetrics metrics) {
    ConcurrentKafkaListenerContainerFactory<String, RawArticle> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    configurer.configure(
        (ConcurrentKafkaListenerContainerFactory) factory, (ConsumerFactory) consumerFactory);
    factory.setConcurrency(properties.concurrency());
    ContainerProperties container = factory.getContainerProperties();
    container.setKafkaAwareTransactionManager(transactionManager);
    container.setEosMode(ContainerProperties.EOSMode.V2);
    // One transaction per poll (the listener takes the poll's records at once): per record, the
    // transaction round trips left the consumers waiting a third of the time (benchmark 6).
    factory.setBatchListener(true);
    container.setAckMode(ContainerProperties.AckMode.BATCH);
    container.setObservationEnabled(true);
    factory.setCommonErrorHandler(null);
    factory.setAfterRollbackProcessor(FailurePolicy.afterRollback(properties, metrics::rolledBack));
    return factory;
  }

  @Bean
  RawArticleListener rawArticleListener(
      EnrichmentEngine engine,
      KafkaTemplate<String, Object> template,
      EnrichTopics topics,
      EnrichMetrics metrics,
      Clock enrichClock,
      EnrichProperties properties,
      ProducerFactory<String, Object> producerFactory,
      ObjectProvider<RecordScope> scope) {
    Object maxRequest =
        producerFactory.getConfigurationProperties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    int maxRequestBytes =
        maxRequest == null ? 1024 * 1024 : Integer.parseInt(maxRequest.toString());
    return new RawArticleListener(
        engine,
        template,
        topics,
        metrics,
        enrichClock,
        FailurePolicy.deadLetters(template, topics, properties),
        properties,
        maxRequestBytes,
        scope.getIfAvailable(() -> RecordScope.ALL));
  }
}
