package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.StoreApplication;
import org.newsline.store.StoreTestSetup;
import org.newsline.store.TestArticles;
import org.newsline.testsupport.EmbeddedInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.RestartableMongo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MongoDB stops in the middle of a stream and comes back on the same address: the listener keeps
 * retrying the batch it holds, commits nothing past what is stored, and once MongoDB is back every
 * record is stored exactly once and the group's offsets reach the end of the topic.
 */
@SpringBootTest(
    classes = StoreApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MongoOutageIT {

  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final RestartableMongo MONGO = RestartableMongo.start();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    StoreTestSetup.register(registry, EmbeddedInfrastructure.get());
    // Fail fast while MongoDB is down, so the retries are visible within the test.
    registry.add(
        "spring.mongodb.uri",
        () ->
            MONGO.connectionString()
                + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=5000");
    registry.add("newsline.store.writing.max-poll-records", () -> "25");
  }

  @AfterAll
  static void stopMongo() {
    MONGO.close();
  }

  @Autowired MongoCollection<Document> articles;
  @Autowired MeterRegistry meters;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @Value("${newsline.kafka.topics.enriched}")
  String enrichedTopic;

  @Value("${newsline.store.writing.group-id}")
  String groupId;

  private final Infrastructure infrastructure = EmbeddedInfrastructure.get();

  @Test
  void storesEveryRecordExactlyOnceAcrossAnOutage() throws Exception {
    List<EnrichedArticle> before = articles("before", 40);
    List<EnrichedArticle> during = articles("during", 60);
    StoreTestSetup.awaitWriterAssignment(listeners);
    StoreTestSetup.send(infrastructure, enrichedTopic, before);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(articles.countDocuments())
                    .as(
                        "stored before the outage (write retries %s, partitions held %s)",
                        meters.counter("store.write.retries").count(),
                        listeners.getListenerContainer("store-writer").getAssignedPartitions())
                    .isEqualTo(40));
    double retries = meters.counter("store.write.retries").count();

    MONGO.stop();
    StoreTestSetup.send(infrastructure, enrichedTopic, during);
    await().atMost(WAIT).until(() -> meters.counter("store.write.retries").count() >= retries + 2);
    assertThat(committed()).as("nothing committed past the stored records").isLessThanOrEqualTo(40);

    MONGO.restart();

    await().atMost(WAIT).until(() -> articles.countDocuments() == 100);
    List<String> ids = new ArrayList<>();
    articles.find().forEach(d -> ids.add(d.getString("_id")));
    List<String> expected = new ArrayList<>();
    before.forEach(a -> expected.add(a.id()));
    during.forEach(a -> expected.add(a.id()));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
    await().atMost(WAIT).until(() -> committed() == 100);
    // _id is unique, so doubling cannot show as documents: it would show as outcomes. Each record
    // is inserted once; a batch retried after a partial write may only add 'unchanged' outcomes.
    assertThat(writes("inserted")).as("inserted").isEqualTo(100);
    assertThat(writes("replaced") + writes("stale") + writes("failed"))
        .as("replaced, stale or failed")
        .isZero();
  }

  private double writes(String outcome) {
    return meters.counter("store.writes", "outcome", outcome).count();
  }

  private static List<EnrichedArticle> articles(String tag, int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> TestArticles.harbour("outage-" + tag + "-" + i))
        .toList();
  }

  /** Sum over partitions of the group's committed offsets (= records consumed for good). */
  private long committed() throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()))) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> earliest =
          offsets.keySet().stream()
              .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()));
      long start =
          admin.listOffsets(earliest).all().get().values().stream()
              .mapToLong(o -> o.offset())
              .sum();
      return offsets.values().stream()
              .filter(o -> o != null)
              .mapToLong(OffsetAndMetadata::offset)
              .sum()
          - start;
    }
  }
}
