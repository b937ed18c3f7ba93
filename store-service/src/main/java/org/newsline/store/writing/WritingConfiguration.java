package org.newsline.store.writing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Topics;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.spring.DeadLetters;
import org.newsline.model.spring.PlatformKafkaProperties;
import org.newsline.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The write path's wiring: the batch listener container (read_committed, offsets committed after
 * the listener returns), the endless-retry error handler for infrastructure failures, and the
 * dead-letter publisher for data errors.
 */
@Configuration(proxyBeanMethods = false)
class WritingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(WritingConfiguration.class);

  @Bean
  StoreTopics storeTopics(PlatformKafkaProperties kafka) {
    return new StoreTopics(
        kafka.nameOf(Topics.ARTICLES_ENRICHED), kafka.nameOf(Topics.ARTICLES_ENRICHED_DLT));
  }

  @Bean
  BatchWriter batchWriter(MongoCollection<Document> articlesCollection, StoreProperties store) {
    return new BatchWriter(
        new MongoArticleStore(articlesCollection),
        new NewerVersionWins(),
        store.maxDocumentBytes(),
        Clock.systemUTC());
  }

  /**
   * The removals, with their markers in the articles' database and with the articles' write
   * concern; the markers' TTL index is created here, at start-up. Refuses to start with a marker
   * TTL that does not outlast the topics' retention ({@link RemovalProperties#checkOutlasts}).
   */
  @Bean
  Removals removals(
      MongoClient client,
      MongoCollection<Document> articlesCollection,
      RemovalProperties removal,
      PlatformKafkaProperties kafka) {
    removal.checkOutlasts(kafka.removedCopyWindow());
    MongoCollection<Document> markers =
        client
            .getDatabase(articlesCollection.getNamespace().getDatabaseName())
            .getCollection(removal.collection())
            .withWriteConcern(articlesCollection.getWriteConcern());
    RemovalMarkers removalMarkers =
        new RemovalMarkers(markers, removal.markerTtl(), Clock.systemUTC());
    removalMarkers.createIndexes();
    return new Removals(removalMarkers, articlesCollection);
  }

  @Bean
  WriteMetrics writeMetrics(MeterRegistry registry) {
    return new WriteMetrics(registry);
  }

  @Bean
  KafkaTemplate<String, Object> storeDeadLetterTemplate(
      KafkaProperties kafka, ObjectProvider<DefaultKafkaProducerFactoryCustomizer> customizers) {
    Map<String, Object> config = kafka.buildProducerProperties();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    DefaultKafkaProducerFactory<String, Object> factory =
        new DefaultKafkaProducerFactory<>(
            config, new StringSerializer(), new DeadLetterValueSerializer());
    customizers.orderedStream().forEach(c -> c.customize(factory));
    return new KafkaTemplate<>(factory);
  }

  /** Data errors and unreadable records: straight to the dead-letter topic, one attempt. */
  @Bean
  ConsumerRecordRecoverer storeDeadLetters(
      KafkaTemplate<String, Object> storeDeadLetterTemplate, StoreTopics topics) {
    return DeadLetters.recoverer(
        storeDeadLetterTemplate,
        topics.enrichedDlt(),
        1,
        ex -> true,
        WritingConfiguration::reasonOf);
  }

  static String reasonOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RejectedArticleException rejected) {
        return rejected.reason();
      }
    }
    return DeadLetters.reasonOf(failure);
  }

  @Bean
  ConcurrentKafkaListenerContainerFactory<String, EnrichedArticle> storeListenerFactory(
      KafkaProperties kafka,
      StoreProperties store,
      ObjectProvider<DefaultKafkaConsumerFactoryCustomizer> customizers) {
    StoreProperties.Writing writing = store.writing();
    Map<String, Object> config = kafka.buildConsumerProperties();
    config.put(ConsumerConfig.GROUP_ID_CONFIG, writing.groupId());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, writing.maxPollRecords());
    config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    DefaultKafkaConsumerFactory<String, EnrichedArticle> consumers =
        new DefaultKafkaConsumerFactory<>(
            config,
            new ErrorHandlingDeserializer<>(new StringDeserializer()),
            new ErrorHandlingDeserializer<>(
                new EventDeserializer<>(
                    EnrichedArticle.class, EnrichedArticle.CURRENT_SCHEMA_VERSION)));
    customizers.orderedStream().forEach(c -> c.customize(consumers));

    ConcurrentKafkaListenerContainerFactory<String, EnrichedArticle> factory =
        new ConcurrentKafkaListenerContainerFactory<>();
    factory.setConsumerFactory(consumers);
    factory.setBatchListener(true);
    factory.setConcurrency(writing.concurrency());
    factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
    factory.setCommonErrorHandler(infrastructureRetries(writing));
    return factory;
  }

  /**
   * Retries a batch the listener threw on (MongoDB unavailable) with exponential backoff and no
   * limit: the consumer stays paused in the group while it waits, and the same records are offered
   * again, so nothing is skipped or committed early. Data errors never get here: the listener
   * dead-letters them itself.
   */
  static DefaultErrorHandler infrastructureRetries(StoreProperties.Writing writing) {
    ExponentialBackOff backOff =
        new ExponentialBackOff(writing.backoffInitial().toMillis(), writing.backoffMultiplier());
    backOff.setMaxInterval(writing.backoffMax().toMillis());
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    DefaultErrorHandler handler =
        new DefaultErrorHandler(
            (record, ex) -> {
              throw new IllegalStateException(
                  "store batches are retried without end; refusing to skip "
                      + record.topic()
                      + "-"
                      + record.partition()
                      + "@"
                      + record.offset(),
                  ex);
            },
            backOff);
    // Every failure reaching the handler is worth retrying; a bug must not become a skip.
    handler.removeClassification(DeserializationException.class);
    handler.removeClassification(ClassCastException.class);
    handler.removeClassification(NoSuchMethodException.class);
    handler.setRetryListeners(
        (record, ex, attempt) ->
            log.debug("Retry {} of a store batch after {}", attempt, ex.toString()));
    return handler;
  }
}
