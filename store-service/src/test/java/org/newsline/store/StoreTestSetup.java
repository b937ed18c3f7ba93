package org.newsline.store;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.UniqueNames;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Wiring shared by the store's integration tests. */
public final class StoreTestSetup {

  public static final String READ_KEY = "store-test-read-key";
  public static final String MANAGEMENT_KEY = "store-test-management-key";

  /** Largest record the tests send (an oversize article is about 17 MB of JSON). */
  public static final int MAX_RECORD_BYTES = 24 * 1024 * 1024;

  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

  /** Partitions of every test topic ({@link #registerNames}). */
  private static final int PARTITIONS = 2;

  /** The store's listener container, as {@code EnrichedArticleListener} names it. */
  private static final String WRITER_ID = "store-writer";

  private StoreTestSetup() {}

  /** Points the application at {@code infrastructure} with topic and database names of its own. */
  public static void register(DynamicPropertyRegistry registry, Infrastructure infrastructure) {
    registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
    registry.add("spring.mongodb.uri", infrastructure::mongoConnectionString);
    registerNames(registry);
  }

  /** Unique topic, database and group names, API keys, quick retries. */
  public static void registerNames(DynamicPropertyRegistry registry) {
    String enriched = UniqueNames.of("articles.enriched");
    registry.add("newsline.kafka.topics.enriched", () -> enriched);
    registry.add("newsline.kafka.topics.enriched-dlt", () -> enriched + "-dlt");
    registry.add("newsline.kafka.topics.raw", () -> enriched + "-raw");
    registry.add("newsline.kafka.topics.raw-dlt", () -> enriched + "-raw-dlt");
    registry.add("newsline.kafka.partitions", () -> String.valueOf(PARTITIONS));
    String database = UniqueNames.database("store");
    registry.add("spring.mongodb.database", () -> database);
    String group = UniqueNames.of("store");
    registry.add("newsline.store.writing.group-id", () -> group);
    registry.add("newsline.store.writing.backoff-initial", () -> "200ms");
    registry.add("newsline.store.writing.backoff-max", () -> "1s");
    registry.add(
        "spring.kafka.producer.properties.max.request.size",
        () -> Integer.toString(MAX_RECORD_BYTES));
    registry.add("newsline.security.api-keys", () -> READ_KEY);
    registry.add("newsline.security.management-keys", () -> MANAGEMENT_KEY);
  }

  /** A producer of articles in the contract's JSON, acks=all, allowing large records. */
  public static KafkaProducer<String, EnrichedArticle> producer(Infrastructure infrastructure) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
    config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 4L * MAX_RECORD_BYTES);
    return new KafkaProducer<>(config, new StringSerializer(), new EventSerializer<>());
  }

  /**
   * Waits until the store's writer holds every partition of its topic. The application creates its
   * topics while it starts, and a consumer that joined before they existed is assigned nothing
   * until its next metadata refresh: records sent before that are read late, not lost, and a test
   * waiting for them would wait for the refresh instead of the write path.
   */
  public static void awaitWriterAssignment(KafkaListenerEndpointRegistry listeners) {
    MessageListenerContainer writer = listeners.getListenerContainer(WRITER_ID);
    if (writer == null) {
      throw new IllegalStateException("no listener container " + WRITER_ID);
    }
    await()
        .atMost(SEND_TIMEOUT)
        .until(
            () ->
                writer.getAssignedPartitions() != null
                    && writer.getAssignedPartitions().size() == PARTITIONS);
  }

  /**
   * Sends every article keyed by its id and waits for the broker's acknowledgement of each; a send
   * the broker did not acknowledge fails the calling test instead of leaving it waiting for a
   * record that never arrived.
   */
  public static void send(
      Infrastructure infrastructure, String topic, List<EnrichedArticle> articles) {
    try (KafkaProducer<String, EnrichedArticle> producer = producer(infrastructure)) {
      List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
      for (EnrichedArticle article : articles) {
        acks.add(producer.send(new ProducerRecord<>(topic, article.id(), article)));
      }
      producer.flush();
      for (Future<RecordMetadata> ack : acks) {
        ack.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending to " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the broker did not acknowledge a send to " + topic, e);
    }
  }

  /** Lets {@code topics} take records up to {@link #MAX_RECORD_BYTES}. */
  public static void allowLargeRecords(Infrastructure infrastructure, String... topics) {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()))) {
      Map<ConfigResource, java.util.Collection<AlterConfigOp>> changes = new HashMap<>();
      for (String topic : topics) {
        changes.put(
            new ConfigResource(ConfigResource.Type.TOPIC, topic),
            List.of(
                new AlterConfigOp(
                    new ConfigEntry("max.message.bytes", Integer.toString(MAX_RECORD_BYTES)),
                    AlterConfigOp.OpType.SET)));
      }
      admin.incrementalAlterConfigs(changes).all().get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot raise max.message.bytes of " + List.of(topics), e);
    }
  }
}
