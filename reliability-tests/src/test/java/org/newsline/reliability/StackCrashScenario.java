package org.newsline.reliability;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.newsline.localstack.LocalStackSettings;
import org.newsline.testsupport.FreePorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first promise under the crash a new user's laptop gives it: the whole embedded stack ({@code
 * ./run-local}: broker, MongoDB stand-in and the three services in one JVM) is SIGKILLed while it
 * is enriching and storing a stream of articles, started again on the same data directory, and
 * every article ingest acknowledged must end up stored, exactly once. Several rounds on one data
 * directory, each killing at a different point of the stream (a seeded choice, printed with the
 * seed, so that a failure can be replayed: {@code -Dnewsline.crash.seed=...}).
 *
 * <p>Exactly once is counted where a duplicate could be: on {@code articles.raw} and, read
 * committed, on {@code articles.enriched} (one record per acknowledged id), not by the store's
 * {@code _id}, which is unique by construction. A lost article is reported with where it got to:
 * its raw and enriched records and the store's committed offsets on that partition.
 */
abstract class StackCrashScenario {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final int ROUNDS = Integer.getInteger("newsline.crash.rounds", 5);
  private static final int PER_ROUND = Integer.getInteger("newsline.crash.articles", 40);
  private static final long SEED = Long.getLong("newsline.crash.seed", System.nanoTime());
  static final Duration START = Duration.ofSeconds(150);

  /**
   * How long the stored set may take to become complete after a restart. Longer than the
   * transaction timeout an enrich instance of another transactional-id prefix would need to free
   * its partitions (120 s), so that only a real loss fails the test, never a slow recovery.
   */
  private static final Duration COMPLETE = Duration.ofSeconds(150);

  /** Ports and data directory of the stack under test, chosen by its first start. */
  private LocalStackSettings settings;

  /**
   * Whether the child runs its own broker and stand-in ({@code ./run-local}: six ports of its own)
   * or only the services (three; Kafka and MongoDB run elsewhere).
   */
  protected abstract boolean ownInfrastructure();

  /** Prefix of the data directory under {@code target/}. */
  protected abstract String prefix();

  /** Ports and data directory of the stack under test (the data outlives each start). */
  protected final LocalStackSettings settings() {
    return settings;
  }

  /** Starts the stack (or the services) as a child JVM, on what the previous start left. */
  protected abstract StackProcess start(String name);

  /** Kafka's bootstrap servers, for reading the topics. */
  protected abstract String kafka();

  /** MongoDB's connection string, without a database. */
  protected abstract String mongo();

  @Test
  void everyAcknowledgedArticleIsStoredExactlyOnceAfterTheWholeStackIsKilledMidStream()
      throws Exception {
    StackProcess stack = firstStart();
    LocalStackSettings settings = settings();
    Random random = new Random(SEED);
    List<CrashArticles.Article> articles = CrashArticles.load(ROUNDS * PER_ROUND);
    System.out.printf(
        "StackCrashScenario: seed %d, %d rounds of %d articles from %s, data in %s%n",
        SEED, ROUNDS, PER_ROUND, CrashArticles.origin(), settings.dataDir());

    Set<String> acknowledged = new LinkedHashSet<>();
    try (MongoClient mongo =
        MongoClients.create(
            "mongodb://127.0.0.1:" + settings.mongoPort() + "/?retryWrites=false")) {
      MongoCollection<Document> stored = mongo.getDatabase("newsline").getCollection("articles");
      for (int round = 1; round <= ROUNDS; round++) {
        List<CrashArticles.Article> batch =
            articles.subList((round - 1) * PER_ROUND, round * PER_ROUND);
        Set<String> ids = batch.stream().map(CrashArticles.Article::id).collect(toSet());
        acknowledged.addAll(feed(settings, batch));
        // Kill a random while after this many of the round's articles are stored: in the middle of
        // enriching and storing the stream.
        // enriching and storing the stream, and at no particular moment of a write.
        int killAt = PER_ROUND / 5 + random.nextInt(PER_ROUND * 3 / 5);
        Duration after = Duration.ofMillis(random.nextInt(1500));
        awaitStoredCount(stored, ids, killAt, stack);
        await().pollDelay(after).atMost(after.plusSeconds(1)).until(() -> true);
        stack.kill();
        System.out.printf(
            "StackCrashScenario: round %d (seed %d): killed %d ms after %d of the round's %d"
                + " articles were stored%n",
            round, SEED, after.toMillis(), killAt, PER_ROUND);

        stack = restart("crash-restart-" + round);
        Set<String> missing = awaitAllStored(stored, acknowledged);
        assertThat(missing)
            .as(
                "acknowledged articles not stored %s after restart %d (seed %d):%n%s",
                COMPLETE, round, SEED, whereTheyAre(kafka(), missing))
            .isEmpty();
      }

      String kafka = kafka();
      TopicScan raw = TopicScan.read(kafka, "articles.raw", "read_committed");
      TopicScan enriched = TopicScan.read(kafka, "articles.enriched", "read_committed");
      assertThat(acknowledged).hasSize(ROUNDS * PER_ROUND);
      assertThat(acknowledged.stream().filter(id -> raw.count(id) != 1).toList())
          .as("acknowledged ids without exactly one record on articles.raw")
          .isEmpty();
      assertThat(acknowledged.stream().filter(id -> enriched.count(id) != 1).toList())
          .as("acknowledged ids without exactly one committed record on articles.enriched")
          .isEmpty();
      assertThat(stored.countDocuments(in("_id", acknowledged))).isEqualTo(acknowledged.size());
      assertThat(TopicScan.read(kafka, "articles.raw-dlt", "read_committed").size())
          .as("records dead-lettered by enrich")
          .isZero();
      assertThat(TopicScan.read(kafka, "articles.enriched-dlt", "read_committed").size())
          .as("records dead-lettered by the store")
          .isZero();
    } catch (AssertionError | RuntimeException e) {
      System.out.println(stack.tail(80));
      throw e;
    } finally {
      stack.close();
    }
  }

  /**
   * The first start, on picked ports in a new data directory, and again on new ones when the child
   * found one taken (the child's servers are given fixed ports: {@code ./run-local} takes them as
   * options).
   */
  private StackProcess firstStart() {
    Path parent;
    try {
      parent = Files.createTempDirectory(Path.of("target"), prefix()).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicInteger attempt = new AtomicInteger();
    return FreePorts.startOnFreshPorts(
        ownInfrastructure() ? 6 : 3,
        ports -> {
          settings =
              OnFreshPorts.settings(
                  OnFreshPorts.directory(parent, attempt.incrementAndGet()),
                  ownInfrastructure(),
                  ports);
          return start("crash-start");
        });
  }

  /**
   * A start after the kill: on the same ports and data (the test's clients hold the addresses),
   * tried again while a port is still taken, for a bounded time: the killed child held them a
   * moment ago, and its sockets may linger.
   */
  private StackProcess restart(String name) {
    return FreePorts.rebindSamePort(settings.ingestPort(), () -> start(name));
  }

  /** Posts the articles in batches of 20; returns the ids acknowledged (accepted or duplicate). */
  private static Set<String> feed(LocalStackSettings settings, List<CrashArticles.Article> articles)
      throws IOException, InterruptedException {
    Set<String> acknowledged = new LinkedHashSet<>();
    for (int from = 0; from < articles.size(); from += 20) {
      String ndjson =
          articles.subList(from, Math.min(from + 20, articles.size())).stream()
              .map(CrashArticles.Article::json)
              .collect(Collectors.joining("\n", "", "\n"));
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(settings.ingestUrl() + "/api/v1/articles/batch"))
                  .header("Content-Type", "application/x-ndjson")
                  .header("X-API-Key", StackProcess.INGEST_KEY)
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      for (JsonNode result : JSON.readTree(response.body()).get("results")) {
        String status = result.get("status").asString();
        assertThat(status).as(result.toString()).isIn("accepted", "duplicate");
        acknowledged.add(result.get("id").asString());
      }
    }
    return acknowledged;
  }

  /** Waits until at least {@code count} of {@code ids} are stored. */
  private static void awaitStoredCount(
      MongoCollection<Document> stored, Set<String> ids, int count, StackProcess stack) {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              if (!stack.isAlive()) {
                throw new IllegalStateException("the stack died before the kill point");
              }
              return stored.countDocuments(in("_id", ids)) >= count;
            });
  }

  /** Waits until every id is stored or {@link #COMPLETE} passes; returns the ids still missing. */
  private static Set<String> awaitAllStored(MongoCollection<Document> stored, Set<String> ids) {
    Set<String> missing = new TreeSet<>(ids);
    try {
      await()
          .atMost(COMPLETE)
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions() // the stand-in may still be opening its file
          .until(
              () -> {
                Set<String> found = new HashSet<>();
                stored
                    .find(in("_id", missing))
                    .projection(new Document("_id", 1))
                    .forEach(d -> found.add(d.getString("_id")));
                missing.removeAll(found);
                return missing.isEmpty();
              });
    } catch (ConditionTimeoutException e) {
      // reported by the caller, with where the missing articles got to
    }
    return missing;
  }

  /**
   * For each missing id: its records on the raw and enriched topics, and the store's committed
   * offset on the enriched partition, which tells whether the store moved past a record it does not
   * have.
   */
  private static String whereTheyAre(String kafka, Set<String> missing) {
    if (missing.isEmpty()) {
      return "";
    }
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
      TopicScan raw = TopicScan.read(kafka, "articles.raw", "read_committed");
      TopicScan enriched = TopicScan.read(kafka, "articles.enriched", "read_committed");
      Map<TopicPartition, OffsetAndMetadata> storeOffsets =
          admin.listConsumerGroupOffsets("newsline-store").partitionsToOffsetAndMetadata().get();
      List<String> lines = new ArrayList<>();
      for (String id : missing) {
        List<String> at = enriched.records().getOrDefault(id, List.of());
        String committed =
            at.stream()
                .map(p -> Integer.parseInt(p.substring(0, p.indexOf('@'))))
                .map(p -> storeOffsets.get(new TopicPartition("articles.enriched", p)))
                .map(o -> o == null ? "none" : Long.toString(o.offset()))
                .collect(Collectors.joining(","));
        lines.add(
            String.format(
                "  %s: raw %s, enriched %s, store committed offset %s",
                id, raw.records().get(id), at, committed));
      }
      return String.join("\n", lines);
    } catch (Exception e) {
      return "  (could not look: " + e + ")";
    }
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return Collectors.toCollection(LinkedHashSet::new);
  }
}
