package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Enrichment;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.testsupport.KafkaTestClients;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Infrastructure outages in the middle of a stream, on the local stack's own restartable broker and
 * Mongo stand-in: nothing acknowledged is lost, nothing is stored twice, no stale version wins.
 */
class InfrastructureOutageIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * As long as the issue asks: longer than the store's retry back-off ceiling (2 s here), the
   * driver's server selection timeout (2 s here) and a consumer poll, so the store goes through
   * many failed, retried writes while records keep arriving.
   */
  private static final Duration MONGO_OUTAGE = Duration.ofSeconds(30);

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  @Test
  void everyArticleAcceptedWhileTheBrokerRestartsIsStoredExactlyOnce() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    int batches = 15;
    int perBatch = 20;
    Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
    AtomicInteger unavailable = new AtomicInteger();
    Set<String> retried = java.util.concurrent.ConcurrentHashMap.newKeySet();
    AtomicInteger batchesDone = new AtomicInteger();

    // The client: sends each batch, then resends whatever got 503, as the feed tool does.
    CompletableFuture<Void> client =
        CompletableFuture.runAsync(
            () -> {
              for (int b = 0; b < batches; b++) {
                List<String> pending = new ArrayList<>();
                for (int i = 0; i < perBatch; i++) {
                  pending.add("outage-" + run + "-" + b + "-" + i);
                }
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (!pending.isEmpty()) {
                  assertThat(System.nanoTime())
                      .as("batch %d retried for 3 minutes", b)
                      .isLessThan(deadline);
                  HttpResponse<String> response = postBatch(pending);
                  List<String> retry = new ArrayList<>();
                  if (response == null) {
                    retry.addAll(pending);
                  } else if (response.statusCode() == 503) {
                    unavailable.incrementAndGet();
                    retry.addAll(pending);
                  } else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    JsonNode results = JSON.readTree(response.body()).get("results");
                    for (JsonNode item : results) {
                      String id = pending.get(item.get("index").asInt());
                      String status = item.get("status").asString();
                      if (status.equals("accepted") || status.equals("duplicate")) {
                        acknowledged.add(id);
                      } else {
                        assertThat(item.get("problem").get("status").asInt())
                            .as(item.toString())
                            .isEqualTo(503);
                        unavailable.incrementAndGet();
                        retry.add(id);
                      }
                    }
                  }
                  retried.addAll(retry);
                  pending = retry;
                  if (!pending.isEmpty()) {
                    pauseBeforeRetry();
                  }
                }
                batchesDone.incrementAndGet();
              }
            });

    await().atMost(Duration.ofSeconds(60)).until(() -> batchesDone.get() >= 3);
    SharedStack.get().kafka().stop();
    await().atMost(Duration.ofSeconds(60)).until(() -> unavailable.get() > 0 || client.isDone());
    SharedStack.restartKafka();
    client.get(5, TimeUnit.MINUTES);

    Set<String> all = new LinkedHashSet<>();
    for (int b = 0; b < batches; b++) {
      for (int i = 0; i < perBatch; i++) {
        all.add("outage-" + run + "-" + b + "-" + i);
      }
    }
    assertThat(acknowledged).as("every article acknowledged in the end").isEqualTo(all);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> assertThat(Pipeline.storedCounts(all)).as("stored").hasSize(all.size()));
    assertThat(storeCountWithPrefix("outage-" + run + "-")).isEqualTo(all.size());
    // Counted on the topics (the store's _id is unique, so a double cannot show there). A request
    // answered 503 may still have been written (the broker took it, its acknowledgement was lost):
    // the client's retry then adds a second raw record. So the raw topic is at least once, and
    // only for articles the client sent again; enrich is exactly once per raw record.
    Map<String, Long> raw = Pipeline.counts(Pipeline.rawTopic(), all);
    Map<String, Long> enriched = Pipeline.enrichedCounts(all);
    assertThat(raw).as("raw records per article").hasSize(all.size());
    assertThat(enriched).as("enriched records per article (read_committed)").isEqualTo(raw);
    Set<String> rawTwice =
        raw.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    assertThat(retried)
        .as("articles with a second raw record were sent again")
        .containsAll(rawTwice);
    System.out.printf(
        "InfrastructureOutageIT: %d articles, %d sent again, %d with a second raw record%n",
        all.size(), retried.size(), rawTwice.size());
    // The outage was real: some articles were refused and sent again.
    assertThat(unavailable.get()).as("articles answered 503 during the outage").isPositive();
  }

  /** When the raw record of every version sent by {@link #version} was received. */
  private static final Instant RECEIVED = Instant.parse("2025-05-31T22:00:00Z");

  @Test
  void theStoreWaitsOutAMongoOutageAndEndsExact() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Instant base = Instant.parse("2025-06-01T00:00:00Z");
    List<String> early = ids("mongo-early-" + run, 20);
    List<String> during = ids("mongo-during-" + run, 20);
    List<String> posted = ids("mongo-posted-" + run, 20);
    int logBefore = SharedStack.capturedOutput().length();
    Map<String, Double> outcomesBefore = storeOutcomes();

    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(SharedStack.infrastructure())) {
      for (String id : early) {
        send(producer, version(id, "v1", base));
      }
      producer.flush();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Pipeline.storedCounts(early).size() == early.size());

      SharedStack.get().mongo().stop();
      long outageEnds = System.nanoTime() + MONGO_OUTAGE.toNanos();
      // Newer versions of stored articles, each followed by a stale one that must not win.
      for (String id : early) {
        send(producer, version(id, "v2", base.plusSeconds(3600)));
        send(producer, version(id, "v0", base.minusSeconds(3600)));
      }
      // New articles, the newer version first, then an older one.
      for (String id : during) {
        send(producer, version(id, "v2", base.plusSeconds(3600)));
        send(producer, version(id, "v1", base));
      }
      producer.flush();
      // And articles through the whole pipeline: ingest and enrich do not need MongoDB.
      StringBuilder ndjson = new StringBuilder();
      for (String id : posted) {
        ndjson
            .append(Pipeline.articleJson(id, "Harbour bridge reopens", Pipeline.BODY))
            .append('\n');
      }
      HttpResponse<String> response = Pipeline.postNdjson(ndjson.toString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(JSON.readTree(response.body()).get("accepted").asInt()).isEqualTo(posted.size());

      long left = outageEnds - System.nanoTime();
      if (left > 0) {
        // The outage itself: the store keeps failing and retrying for this long.
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(left));
      }
      SharedStack.restartMongo();
    }

    List<String> all = new ArrayList<>(early);
    all.addAll(during);
    all.addAll(posted);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              Map<String, Long> counts = Pipeline.storedCounts(all);
              assertThat(counts).as("stored after the outage").hasSize(all.size());
              for (String id : early) {
                assertThat(Pipeline.storedDocument(id).getString("title")).as(id).isEqualTo("v2");
              }
            });
    // _id is unique, so doubling cannot show as documents: it shows in the store's write outcomes,
    // counted once per record when its batch is written. 120 records reached the store (early v1,
    // v2, v0; during v2, v1; posted): each must have one outcome, and each version its own.
    await()
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () -> assertThat(total(delta(outcomesBefore))).as("store outcomes").isEqualTo(120));
    Map<String, Double> outcomes = delta(outcomesBefore);
    assertThat(outcomes)
        .as("store outcomes of this test's records")
        .containsEntry("inserted", 60.0)
        .containsEntry("replaced", 20.0)
        .containsEntry("stale", 40.0)
        .containsEntry("unchanged", 0.0)
        .containsEntry("failed", 0.0);
    for (String id : during) {
      assertThat(Pipeline.storedDocument(id).getString("title"))
          .as("no stale overwrite of " + id)
          .isEqualTo("v2");
    }
    assertThat(SharedStack.capturedOutput().substring(logBefore))
        .as("the store's writes failed during this outage and were retried")
        .contains("MongoDB did not take a batch");
    for (String prefix : List.of("mongo-early-", "mongo-during-", "mongo-posted-")) {
      assertThat(storeCountWithPrefix(prefix + run)).as(prefix).isEqualTo(20);
    }
    assertThat(Pipeline.enrichedCounts(posted).values())
        .as("enriched records per posted article (read_committed)")
        .containsOnly(1L)
        .hasSize(posted.size());
  }

  private static final List<String> OUTCOMES =
      List.of("inserted", "replaced", "unchanged", "stale", "failed");

  /** The shared store's {@code store.writes} counters by outcome. */
  private static Map<String, Double> storeOutcomes() {
    MeterRegistry meters = SharedStack.get().context("store").getBean(MeterRegistry.class);
    Map<String, Double> counts = new java.util.LinkedHashMap<>();
    for (String outcome : OUTCOMES) {
      Counter counter = meters.find("store.writes").tag("outcome", outcome).counter();
      counts.put(outcome, counter == null ? 0.0 : counter.count());
    }
    return counts;
  }

  private static Map<String, Double> delta(Map<String, Double> before) {
    Map<String, Double> now = storeOutcomes();
    now.replaceAll((outcome, count) -> count - before.get(outcome));
    return now;
  }

  private static double total(Map<String, Double> outcomes) {
    return outcomes.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static long storeCountWithPrefix(String prefix) {
    try (var client =
        com.mongodb.client.MongoClients.create(SharedStack.get().mongo().connectionString())) {
      return client
          .getDatabase("newsline")
          .getCollection("articles")
          .countDocuments(
              com.mongodb.client.model.Filters.regex(
                  "_id", "^" + java.util.regex.Pattern.quote(prefix)));
    }
  }

  private static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(prefix + "-" + i);
    }
    return ids;
  }

  /**
   * An enrichment of the article's one raw record at {@code enrichedAt}: every version has the same
   * {@code receivedAt} (before all of them), so that {@code enrichedAt} alone orders them.
   */
  private static EnrichedArticle version(String id, String title, Instant enrichedAt) {
    var raw = Pipeline.raw(id, Pipeline.BODY);
    var titled =
        new org.newsline.model.RawArticle(
            raw.schemaVersion(),
            raw.id(),
            raw.source(),
            raw.url(),
            title,
            raw.body(),
            raw.language(),
            raw.publishedAt(),
            RECEIVED,
            raw.contentHash(),
            raw.removedLines(),
            raw.metadata());
    return EnrichedArticle.of(
        titled, enrichedAt, Enrichment.complete("test", "0", "1"), List.of(), List.of(), List.of());
  }

  /** Sends and waits for the broker's acknowledgement: a version never sent proves nothing. */
  private static void send(KafkaProducer<String, byte[]> producer, EnrichedArticle article)
      throws Exception {
    producer
        .send(
            new ProducerRecord<>(
                Pipeline.enrichedTopic(),
                article.id(),
                new EventSerializer<EnrichedArticle>()
                    .serialize(Pipeline.enrichedTopic(), article)))
        .get(30, TimeUnit.SECONDS);
  }

  private static HttpResponse<String> postBatch(List<String> ids) {
    String ndjson =
        ids.stream()
            .map(id -> Pipeline.articleJson(id, "Harbour bridge reopens", Pipeline.BODY))
            .collect(Collectors.joining("\n"));
    try {
      return Pipeline.postNdjson(ndjson);
    } catch (java.io.UncheckedIOException e) {
      // Connection trouble or a timeout: the client retries, but it is not a 503.
      return null;
    }
  }

  private static void pauseBeforeRetry() {
    try {
      Thread.sleep(500); // the client's back-off, as Retry-After asks
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
