package org.newsline.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.enrich.SharedEngine;
import org.newsline.enrich.pipeline.EnrichInstances.Names;
import org.newsline.model.DeadLetterHeaders;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.EntityType;
import org.newsline.model.RawArticle;
import org.newsline.model.RemovalHeaders;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;
import org.newsline.testsupport.UniqueNames;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service end to end over a real broker: raw in, enriched out exactly once, poison records to
 * the dead-letter topic. Runs on the embedded broker and on a real container.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EnrichFlowScenario {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final Schema ENRICHED_SCHEMA = schema("schemas/enriched-article.schema.json");

  protected abstract Infrastructure infrastructure();

  private Names shared;
  private ConfigurableApplicationContext service;

  @BeforeAll
  void startService() {
    shared = Names.unique();
    createTopics(shared);
    service = start(shared);
  }

  @AfterAll
  void stopService() {
    if (service != null) {
      service.close();
    }
  }

  private void createTopics(Names names) {
    EnrichInstances.createTopics(infrastructure(), names);
  }

  private ConfigurableApplicationContext start(Names names, String... more) {
    return EnrichInstances.start(infrastructure(), names, more);
  }

  private void send(String topic, Integer partition, String key, byte[] value) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(infrastructure())) {
      producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
    }
  }

  private static byte[] json(RawArticle raw) {
    return new EventSerializer<RawArticle>().serialize("t", raw);
  }

  private static RawArticle article(String id, String body) {
    return SharedEngine.article(
        id,
        "Two Hundred Sailors Refuse Orders in Odesa",
        body,
        Instant.parse("2025-04-20T08:00:00Z"));
  }

  private static final String BODY =
      "In Odesa, about 200 sailors refused orders on April 18, the agency Interfax reported."
          + " Captain Maria Kovalenko said at least 12 officers had resigned.";

  @Test
  void enrichesARawArticleIntoTheEnrichedTopicWithTheContractsFields() throws Exception {
    RawArticle raw = article("harbour-1", BODY);
    send(shared.raw(), null, raw.id(), json(raw));

    EnrichedArticle enriched = awaitEnriched(shared.enriched(), "harbour-1");
    assertThat(enriched.raw()).isEqualTo(raw);
    assertThat(enriched.enrichment().engine()).isEqualTo("stanford-corenlp");
    assertThat(enriched.enrichment().partial()).isFalse();
    assertThat(enriched.entities())
        .anySatisfy(
            e -> {
              assertThat(e.name()).isEqualTo("Odesa");
              assertThat(e.type()).isEqualTo(EntityType.LOCATION);
              assertThat(e.count()).isEqualTo(2);
            })
        .anySatisfy(e -> assertThat(e.name()).isEqualTo("Maria Kovalenko"));
    assertThat(enriched.figures())
        .extracting(f -> f.value() + " " + f.qualifier() + " " + f.unit())
        .contains("200.0 APPROXIMATE sailors", "12.0 AT_LEAST officers");
    assertThat(enriched.dates()).extracting(d -> d.value()).contains("2025-04-18");
  }

  @Test
  void aRussianArticleReachesTheTopicWithItsLanguageAndTheWarningButNoFindingsAndIsCounted()
      throws Exception {
    RawArticle given =
        SharedEngine.article(
            "russian-1",
            "Дезертиры в Краснодаре",
            "По данным министерства, более 300 военнослужащих покинули часть в Краснодаре за"
                + " последнюю неделю. Командование заявило в понедельник, что 40 из них вернулись.",
            Instant.parse("2025-04-20T08:00:00Z"));
    RawArticle raw =
        new RawArticle(
            given.schemaVersion(),
            given.id(),
            given.source(),
            given.url(),
            given.title(),
            given.body(),
            null,
            given.publishedAt(),
            given.receivedAt(),
            given.contentHash(),
            given.removedLines(),
            given.metadata());
    MeterRegistry meters = service.getBean(MeterRegistry.class);
    double russianBefore = unsupported(meters, "ru");
    send(shared.raw(), null, raw.id(), json(raw));

    EnrichedArticle enriched = awaitEnriched(shared.enriched(), "russian-1");
    assertThat(enriched.language()).isEqualTo("ru");
    assertThat(enriched.entities()).isEmpty();
    assertThat(enriched.figures()).isEmpty();
    assertThat(enriched.dates()).isEmpty();
    assertThat(enriched.enrichment().partial()).isTrue();
    assertThat(enriched.enrichment().warnings())
        .singleElement()
        .asString()
        .startsWith("unsupported-language: ru");
    // A delta: the service is shared with the other tests of the class.
    await()
        .atMost(TIMEOUT)
        .untilAsserted(() -> assertThat(unsupported(meters, "ru")).isEqualTo(russianBefore + 1.0));
  }

  private static double unsupported(MeterRegistry meters, String language) {
    var counter = meters.find("enrich.unsupported.language").tag("language", language).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void anArticleWhoseTimeBudgetRanOutReachesTheTopicMarkedPartialWithTheWarning() throws Exception {
    Names names = Names.unique();
    createTopics(names);
    // A budget of a nanosecond is spent before the first sentence is tagged, on any machine.
    ConfigurableApplicationContext hurried =
        start(names, EnrichInstances.ONE_CONSUMER, "--newsline.enrich.time-budget=1ns");
    try {
      RawArticle raw = article("partial-1", BODY);
      send(names.raw(), null, raw.id(), json(raw));

      EnrichedArticle enriched = awaitEnriched(names.enriched(), raw.id());
      assertThat(enriched.raw()).isEqualTo(raw);
      assertThat(enriched.enrichment().partial()).isTrue();
      assertThat(enriched.enrichment().warnings())
          .singleElement()
          .asString()
          .contains("time budget", "not annotated");
    } finally {
      hurried.close();
    }
  }

  @Test
  void sendsPoisonRecordsToTheDeadLetterTopicWithTheErrorAndProcessesTheNextRecord()
      throws Exception {
    MeterRegistry meters = service.getBean(MeterRegistry.class);
    double tooLargeBefore = tooLarge(meters);
    send(shared.raw(), 1, "garbage", new byte[] {(byte) 0xC3, 0x28, '{', 'x'});
    String future =
        new String(json(article("future-1", BODY)), StandardCharsets.UTF_8)
            .replace("\"schemaVersion\":1", "\"schemaVersion\":2");
    send(shared.raw(), 1, "future-1", future.getBytes(StandardCharsets.UTF_8));
    send(shared.raw(), 1, "huge-1", json(article("huge-1", "Words and more words. ".repeat(400))));
    RawArticle next = article("after-poison", BODY);
    send(shared.raw(), 1, next.id(), json(next));

    List<ConsumerRecord<String, byte[]>> dead =
        awaitKeys(shared.rawDlt(), "garbage", "future-1", "huge-1");
    assertThat(dead)
        .extracting(ConsumerRecord::key)
        .containsExactly("garbage", "future-1", "huge-1");
    assertThat(dead).allSatisfy(r -> assertThat(r.partition()).isEqualTo(1));
    assertThat(dead.get(0).value()).containsExactly((byte) 0xC3, 0x28, '{', 'x');
    assertThat(dead)
        .extracting(r -> header(r, DeadLetterHeaders.REASON))
        .containsExactly("deserialization", "schema-version", "too-large");
    assertThat(dead).extracting(r -> header(r, DeadLetterHeaders.ATTEMPTS)).containsOnly("1");
    assertThat(dead)
        .allSatisfy(
            r -> {
              assertThat(header(r, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(shared.raw());
              assertThat(header(r, DeadLetterHeaders.EXCEPTION_MESSAGE)).isNotBlank();
            });

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () ->
                assertThat(
                        KafkaTestClients.readAll(
                            infrastructure(),
                            shared.enriched(),
                            1,
                            TIMEOUT,
                            Duration.ofMillis(100)))
                    .extracting(ConsumerRecord::key)
                    .contains("after-poison"));
    // The service is shared with the other tests: count what this test added.
    assertThat(tooLarge(meters) - tooLargeBefore).isEqualTo(1.0);
  }

  @Test
  void passesATombstoneOnAsOneCommittedTombstoneWithItsKeyAndRemovalTimeNeverToTheDeadLetters()
      throws Exception {
    MeterRegistry meters = service.getBean(MeterRegistry.class);
    double removalsBefore = meters.counter("enrich.removals").count();
    RawArticle raw = article("removed-1", BODY);
    Instant removedAt = Instant.parse("2025-04-20T09:15:30.250Z");
    long tombstoneOffset;
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(infrastructure())) {
      producer.send(new ProducerRecord<>(shared.raw(), 2, raw.id(), json(raw))).get();
      tombstoneOffset =
          producer
              .send(
                  new ProducerRecord<String, byte[]>(
                      shared.raw(), 2, removedAt.toEpochMilli(), raw.id(), null))
              .get()
              .offset();
      RawArticle next = article("after-removal", BODY);
      producer.send(new ProducerRecord<>(shared.raw(), 2, next.id(), json(next))).get();
    }
    awaitKeys(shared.enriched(), "after-removal");

    List<ConsumerRecord<String, byte[]>> removed =
        KafkaTestClients.readToEnd(infrastructure(), shared.enriched(), TIMEOUT).stream()
            .filter(r -> r.key().equals(raw.id()))
            .toList();
    assertThat(removed).as("the article, then its tombstone, each once, committed").hasSize(2);
    assertThat(removed.get(0).value()).isNotNull();
    ConsumerRecord<String, byte[]> tombstone = removed.get(1);
    assertThat(tombstone.value()).as("a tombstone passed on as a tombstone").isNull();
    assertThat(tombstone.partition()).isEqualTo(2);
    assertThat(header(tombstone, RemovalHeaders.REMOVED_AT)).isEqualTo(removedAt.toString());
    assertThat(KafkaTestClients.readToEnd(infrastructure(), shared.rawDlt(), TIMEOUT))
        .extracting(ConsumerRecord::key)
        .doesNotContain(raw.id());
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure().kafkaBootstrapServers()))) {
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () ->
                  assertThat(
                          admin
                              .listConsumerGroupOffsets(shared.group())
                              .partitionsToOffsetAndMetadata()
                              .get()
                              .get(new TopicPartition(shared.raw(), 2))
                              .offset())
                      .as("the tombstone's offset committed with its transaction")
                      .isGreaterThan(tombstoneOffset));
    }
    assertThat(meters.counter("enrich.removals").count() - removalsBefore).isEqualTo(1.0);
  }

  private static double tooLarge(MeterRegistry meters) {
    var counter = meters.find("enrich.failures").tag("reason", "too-large").counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void deadLettersAnArticleWhoseEnrichedRecordIsTooLargeToSendAndProcessesTheNext()
      throws Exception {
    Names names = Names.unique();
    createTopics(names);
    // A produce request of at most 16 KiB (room kept for key, headers and batch overhead) + 3,000
    // bytes: the article below is enriched, but its enriched record (its 4,000-character body and
    // more) cannot be sent; a short article's can.
    ConfigurableApplicationContext small =
        start(
            names,
            EnrichInstances.ONE_CONSUMER,
            "--spring.kafka.producer.properties.max.request.size=" + (16 * 1024 + 3000));
    try {
      RawArticle wordy = article("wordy-1", BODY + " More words here.".repeat(230));
      assertThat(wordy.body().length()).isBetween(3_500, 5_000);
      send(names.raw(), 0, wordy.id(), json(wordy));
      RawArticle next = article("after-wordy", BODY);
      send(names.raw(), 0, next.id(), json(next));

      ConsumerRecord<String, byte[]> dead = awaitKeys(names.rawDlt(), "wordy-1").get(0);
      assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("too-large");
      assertThat(header(dead, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
      assertThat(header(dead, DeadLetterHeaders.EXCEPTION_MESSAGE))
          .contains("enriched record of article wordy-1");
      assertThat(dead.value()).isEqualTo(json(wordy));
      // The next record of the partition is out, so wordy-1's poll was decided; read to the end
      // offsets, every partition: wordy-1 is on none.
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () ->
                  assertThat(
                          KafkaTestClients.readToEnd(infrastructure(), names.enriched(), TIMEOUT))
                      .extracting(ConsumerRecord::key)
                      .containsExactly("after-wordy"));
      assertThat(
              small
                  .getBean(MeterRegistry.class)
                  .get("enrich.failures")
                  .tag("reason", "too-large")
                  .counter()
                  .count())
          .isEqualTo(1.0);
    } finally {
      small.close();
    }
  }

  /**
   * A dead instance of the same transactional-id prefix left a transaction open on the second id of
   * the pool ({@code prefix + "1"}), holding the output partition where the next article's enriched
   * record goes. One article needs one producer (id 0), so only the start-up fencing of every id of
   * the pool can abort that transaction before its 5-minute timeout.
   */
  @Test
  void abortsATransactionADeadInstanceOfTheSamePrefixLeftOpenAsItStarts() throws Exception {
    Names names = Names.unique();
    createTopics(names);
    String prefix = UniqueNames.of("fence") + "-";
    RawArticle raw = article("fenced-1", BODY);
    int partition =
        org.apache.kafka.common.utils.Utils.toPositive(
                org.apache.kafka.common.utils.Utils.murmur2(
                    raw.id().getBytes(StandardCharsets.UTF_8)))
            % EnrichInstances.PARTITIONS;
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            infrastructure().kafkaBootstrapServers(),
            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            prefix + "1",
            ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
            300_000);
    KafkaProducer<String, byte[]> dead =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    try {
      dead.initTransactions();
      dead.beginTransaction();
      dead.send(new ProducerRecord<>(names.enriched(), partition, "left-open", new byte[] {1}))
          .get();

      ConfigurableApplicationContext fresh =
          start(
              names,
              "--spring.kafka.producer.transaction-id-prefix=" + prefix,
              "--spring.kafka.producer.properties.transaction.timeout.ms=300000");
      try {
        send(names.raw(), null, raw.id(), json(raw));
        List<ConsumerRecord<String, byte[]>> out =
            KafkaTestClients.readAll(
                infrastructure(), names.enriched(), 1, Duration.ofSeconds(60), Duration.ZERO);
        assertThat(out).extracting(ConsumerRecord::key).containsExactly("fenced-1");
        assertThat(out.get(0).partition()).isEqualTo(partition);
      } finally {
        fresh.close();
      }
      assertThatThrownBy(dead::commitTransaction).isInstanceOf(KafkaException.class);
    } finally {
      dead.close(Duration.ZERO);
    }
  }

  @Test
  void retriesAnEngineFailureThenDeadLettersItAndProcessesTheNextRecord() throws Exception {
    send(shared.raw(), 2, "explode-1", json(article("explode-1", BODY)));
    RawArticle next = article("after-explode", BODY);
    send(shared.raw(), 2, next.id(), json(next));

    ConsumerRecord<String, byte[]> record = awaitKeys(shared.rawDlt(), "explode-1").get(0);
    assertThat(record.partition()).isEqualTo(2);
    assertThat(header(record, DeadLetterHeaders.REASON)).isEqualTo("processing");
    assertThat(header(record, DeadLetterHeaders.ATTEMPTS)).isEqualTo("3");
    assertThat(header(record, DeadLetterHeaders.EXCEPTION_MESSAGE))
        .contains("engine failed on explode-1");
    assertThat(
            new EventDeserializer<>(RawArticle.class, 1)
                .deserialize(shared.rawDlt(), record.value())
                .id())
        .isEqualTo("explode-1");
    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () ->
                assertThat(KafkaTestClients.readToEnd(infrastructure(), shared.enriched(), TIMEOUT))
                    .extracting(ConsumerRecord::key)
                    .contains("after-explode")
                    .doesNotContain("explode-1"));
  }

  @Test
  void restartMidStreamYieldsExactlyOneEnrichedRecordPerRawRecord() throws Exception {
    Names names = Names.unique();
    createTopics(names);
    int total = 24;
    List<String> ids = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(infrastructure())) {
      for (int i = 0; i < total; i++) {
        RawArticle raw =
            article(
                ExplodingEngineConfiguration.SLOW + "-restart-" + i,
                BODY.replace("200", Integer.toString(100 + i)));
        ids.add(raw.id());
        producer.send(new ProducerRecord<>(names.raw(), raw.id(), json(raw))).get();
      }
    }

    // One record per poll, each at least 100 ms: closed after 4 results, the first instance stops
    // after the record it holds, with most of the stream left for the second.
    ConfigurableApplicationContext first =
        start(names, EnrichInstances.ONE_CONSUMER, "--spring.kafka.consumer.max-poll-records=1");
    try {
      KafkaTestClients.readAll(infrastructure(), names.enriched(), 4, TIMEOUT, Duration.ZERO);
    } finally {
      first.close();
    }
    int done = KafkaTestClients.readToEnd(infrastructure(), names.enriched(), TIMEOUT).size();
    assertThat(done).as("enriched before the restart: some, not all").isBetween(4, total - 1);
    ConfigurableApplicationContext second = start(names, EnrichInstances.ONE_CONSUMER);
    try {
      awaitKeys(names.enriched(), ids.toArray(String[]::new));
    } finally {
      second.close();
    }
    // Both instances closed: everything either wrote is on the topic. Counted by id to the end
    // offsets, read_committed, as a downstream reader sees it.
    Map<String, Long> perId =
        KafkaTestClients.readToEnd(infrastructure(), names.enriched(), TIMEOUT).stream()
            .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    assertThat(perId.keySet()).as("ids enriched").containsExactlyInAnyOrderElementsOf(ids);
    assertThat(perId).as("enriched records per id").allSatisfy((id, n) -> assertThat(n).isOne());
  }

  @Test
  void commitsItsOffsetsInTheConfiguredConsumerGroup() throws Exception {
    RawArticle raw = article("group-1", BODY);
    send(shared.raw(), 0, raw.id(), json(raw));
    awaitKeys(shared.enriched(), "group-1");

    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure().kafkaBootstrapServers()))) {
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () ->
                  assertThat(
                          admin
                              .listConsumerGroupOffsets(shared.group())
                              .partitionsToOffsetAndMetadata()
                              .get()
                              .keySet())
                      .as("offsets committed by group %s", shared.group())
                      .contains(new TopicPartition(shared.raw(), 0)));
    }
  }

  @Test
  void servesHealthOpenlyAndMetricsOnlyWithTheManagementKey() throws Exception {
    RawArticle raw = article("metrics-1", BODY);
    send(shared.raw(), null, raw.id(), json(raw));
    awaitKeys(shared.enriched(), raw.id());
    String base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
    HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
            BodyHandlers.ofString());
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
            BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () -> {
              HttpResponse<String> metrics =
                  http.send(
                      HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                          .header("X-API-Key", EnrichInstances.MANAGEMENT_KEY)
                          .build(),
                      BodyHandlers.ofString());
              assertThat(metrics.statusCode()).isEqualTo(200);
              assertThat(metrics.body())
                  .contains(
                      "enrich_duration_seconds_count",
                      "enrich_tokens_total",
                      "enrich_entities_count",
                      "enrich_figures_count",
                      "enrich_failures_total{",
                      "spring_kafka_listener_seconds_count",
                      "spring_kafka_template_seconds_count",
                      "kafka_consumer_fetch_manager_records_lag");
            });
  }

  /** The enriched record of {@code id} on {@code topic}, once there, checked against the schema. */
  private EnrichedArticle awaitEnriched(String topic, String id) {
    ConsumerRecord<String, byte[]> record = awaitKeys(topic, id).get(0);
    assertThat(
            ENRICHED_SCHEMA.validate(
                new String(record.value(), StandardCharsets.UTF_8), InputFormat.JSON))
        .as("schema errors of %s", id)
        .isEmpty();
    return new EventDeserializer<>(EnrichedArticle.class, 1).deserialize(topic, record.value());
  }

  /**
   * The records of {@code topic} with these keys (read_committed, in offset order per partition),
   * once all have arrived; other tests' records on the shared topics are ignored.
   */
  private List<ConsumerRecord<String, byte[]>> awaitKeys(String topic, String... keys) {
    Set<String> wanted = Set.of(keys);
    List<List<ConsumerRecord<String, byte[]>>> found = new ArrayList<>();
    await()
        .atMost(TIMEOUT)
        .until(
            () -> {
              List<ConsumerRecord<String, byte[]>> all =
                  KafkaTestClients.readAll(
                      infrastructure(), topic, 1, TIMEOUT, Duration.ofMillis(200));
              List<ConsumerRecord<String, byte[]>> mine =
                  all.stream().filter(r -> wanted.contains(r.key())).toList();
              found.add(mine);
              return mine.stream()
                  .map(ConsumerRecord::key)
                  .collect(Collectors.toSet())
                  .equals(wanted);
            });
    return found.get(found.size() - 1);
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static Schema schema(String resource) {
    try (InputStream in = EnrichFlowScenario.class.getClassLoader().getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
