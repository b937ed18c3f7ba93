package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsline.testsupport.FreePorts;

/**
 * Each alert of deploy/prometheus/alerts.yml seen firing for real: the local stack, a real
 * Prometheus scraping it with the shipped rules on a faster clock ({@link ScaledRules}: a minute of
 * the rules is {@value #SECONDS_PER_MINUTE} s here), and each alert's fault made for real (MongoDB
 * stopped, the broker stopped, unreadable records, requests that fail in ingest, a target nothing
 * answers on, a service without a target). Each test restores what it broke and waits until an
 * article goes through again.
 *
 * <p>Opt-in ({@code -Dnewsline.alerts=true}, about five minutes): the promtool unit tests in
 * alerts.test.yml check every rule on every build; this is the evidence that the rules watch
 * metrics the services really export, with the labels they really carry.
 */
@EnabledIfSystemProperty(named = "newsline.alerts", matches = "true")
class AlertsFireIT {

  static final int SECONDS_PER_MINUTE = 2;
  private static final String KEY = "alerts-test-key";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path executable;
  private static Path dataDir;
  private static Path deployDir;
  private static LocalStack stack;
  private static LocalPrometheus prometheus;
  private static PrometheusApi api;

  @BeforeAll
  static void startStackAndPrometheus() throws Exception {
    var onPath = LocalPrometheus.onPath("prometheus");
    assumeTrue(onPath.isPresent(), Deploy.missing("prometheus"));
    executable = onPath.get();
    dataDir = Files.createTempDirectory("newsline-alerts");
    stack =
        TestSettings.started(
            dataDir,
            settings ->
                new LocalStack(
                    settings,
                    ApiKeyFile.single(KEY),
                    Map.of(
                        "spring.main.sources",
                        FaultInjection.class.getName(),
                        "newsline.kafka.lag-interval",
                        "1s",
                        "newsline.ingest.publish-timeout",
                        "2s",
                        // The store's retries at the pace of the test's clock: a retry within
                        // each 4 s window (2 min in the rules) while MongoDB is away.
                        "newsline.store.writing.backoff-max",
                        "1s",
                        "spring.mongodb.uri",
                        "mongodb://127.0.0.1:"
                            + settings.mongoPort()
                            + "/newsline?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000")));
    deployDir = scaledDeployDir(dataDir.resolve("deploy"), null);
    prometheus = start(deployDir, stack.settings(), "prometheus");
    api = new PrometheusApi(prometheus);
    api.awaitEveryTargetUp();
  }

  @AfterAll
  static void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void mongoDbAwayFiresStoreRetryingWritesAStalledPartitionAndGrowingLag() throws Exception {
    StoreClient client = new StoreClient(stack.settings(), stack.keys());
    List<String> ids = new ArrayList<>();
    stack.mongo().stop();
    try {
      // Articles keep arriving while MongoDB is away: enrich goes on, the store cannot write.
      await()
          .atMost(Duration.ofSeconds(150))
          .pollInterval(Duration.ofSeconds(1))
          .untilAsserted(
              () -> {
                StringBuilder batch = new StringBuilder();
                for (int i = 0; i < 5; i++) {
                  String id = "alerts-mongo-" + UUID.randomUUID();
                  ids.add(id);
                  batch.append(article(id));
                }
                client.postBatch(batch.toString().getBytes(StandardCharsets.UTF_8));
                assertThat(api.firing())
                    .contains(
                        "NewslineStoreRetryingWrites",
                        "NewslinePartitionStalled",
                        "NewslineConsumerLagGrowing");
              });
      assertThat(api.firing("NewslinePartitionStalled"))
          .allSatisfy(
              labels -> {
                assertThat(labels.get("application").asString()).isEqualTo("store-service");
                assertThat(labels.get("topic").asString()).isEqualTo("articles.enriched");
              });
      assertThat(api.firing("NewslineConsumerLagGrowing"))
          .extracting(labels -> labels.get("application").asString())
          .containsExactly("store-service");
      // What the Kafka client says meanwhile (its records-lag counts from the fetch position):
      System.out.println(
          "AlertsFireIT: store lag by committed offset "
              + PrometheusApi.values(
                  api.query("sum(newsline_consumer_group_lag{application=\"store-service\"})"))
              + ", by the Kafka client's records_lag "
              + PrometheusApi.values(
                  api.query(
                      "sum(kafka_consumer_fetch_manager_records_lag{application=\"store-service\","
                          + " topic=\"articles.enriched\"})"))
              + ", articles waiting "
              + ids.size());
    } finally {
      FreePorts.rebindSamePort(
          stack.settings().mongoPort(),
          () -> {
            stack.mongo().start();
            return null;
          });
    }
    // Nothing was lost: every article accepted while MongoDB was away is stored.
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> ids.stream().allMatch(id -> isStored(client, id)));
  }

  @Test
  void moreArticlesThanEnrichCanTakeBreachTheFreshnessSlo() throws Exception {
    StoreClient client = new StoreClient(stack.settings(), stack.keys());
    List<String> ids = new ArrayList<>();
    // Overload, as benchmark 4's capacity phase: far more articles at once than enrich takes in a
    // second, so they queue on articles.raw and are stored seconds after they were accepted.
    for (int b = 0; b < 6; b++) {
      StringBuilder batch = new StringBuilder();
      for (int i = 0; i < 250; i++) {
        String id = "alerts-load-" + UUID.randomUUID();
        ids.add(id);
        batch.append(article(id));
      }
      client.postBatch(batch.toString().getBytes(StandardCharsets.UTF_8));
    }
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(api.firing()).contains("NewslineFreshnessSloBreached"));
    System.out.println(
        "AlertsFireIT: freshness p99 "
            + PrometheusApi.values(
                api.query(
                    "histogram_quantile(0.99, sum by (le)"
                        + " (rate(pipeline_latency_seconds_bucket{application=\"store-service\"}[20s])))"))
            + " s");
    await()
        .atMost(Duration.ofSeconds(300))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> isStored(client, ids.get(ids.size() - 1)));
  }

  @Test
  void unreadableRecordsFireDeadLettersAndTheEnrichFailureRate() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              RawRecords.sendUnreadable(stack);
              assertThat(api.firing()).contains("NewslineDeadLetters", "NewslineEnrichFailureRate");
            });
    assertThat(api.firing("NewslineEnrichFailureRate"))
        .extracting(labels -> labels.get("reason").asString())
        .contains("deserialization");
    assertThat(api.firing("NewslineDeadLetters"))
        .extracting(labels -> labels.get("topic").asString())
        .contains("articles.raw-dlt");
  }

  @Test
  void requestsThatFailInIngestFireIngestServerErrors() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              HttpResponse<String> response =
                  HTTP.send(
                      HttpRequest.newBuilder(
                              URI.create(stack.settings().ingestUrl() + "/api/v1/articles"))
                          .header("Content-Type", "application/json")
                          .header("X-API-Key", KEY)
                          .header(FaultInjection.HEADER, "boom")
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  article("alerts-fault-" + UUID.randomUUID())))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
              assertThat(response.statusCode()).isEqualTo(500);
              assertThat(response.body()).doesNotContain("at org.");
              assertThat(api.firing()).contains("NewslineIngestServerErrors");
            });
    assertThat(api.firing("NewslineIngestServerErrors"))
        .extracting(labels -> labels.get("uri").asString())
        .contains("/api/v1/articles");
    assertThat(api.firing()).doesNotContain("NewslineIngestUnavailable");
  }

  @Test
  void theBrokerStoppedFiresIngestUnavailableAndItClearsWhenTheBrokerIsBack() throws Exception {
    AtomicInteger unavailable = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(4);
    stack.kafka().stop();
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofSeconds(1))
          .untilAsserted(
              () -> {
                // Each answer waits for the publish timeout (2 s here): send in parallel, so
                // that the 503s are a steady rate.
                for (int i = 0; i < 4; i++) {
                  senders.submit(
                      () -> {
                        if (postArticle("alerts-kafka-" + UUID.randomUUID()) == 503) {
                          unavailable.incrementAndGet();
                        }
                        return null;
                      });
                }
                assertThat(api.firing()).contains("NewslineIngestUnavailable");
              });
      assertThat(unavailable).hasPositiveValue();
    } finally {
      senders.shutdownNow();
      FreePorts.rebindSamePort(
          stack.settings().kafkaPort(),
          () -> {
            stack.kafka().start(Duration.ofSeconds(90));
            return null;
          });
    }
    // Back: an article goes through, and with no 503 in the window the alert clears.
    StoreClient client = new StoreClient(stack.settings(), stack.keys());
    String id = "alerts-back-" + UUID.randomUUID();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> postArticle(id) == 202 || isStored(client, id));
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> isStored(client, id));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> assertThat(api.firing()).doesNotContain("NewslineIngestUnavailable"));
  }

  /**
   * A second Prometheus, with a configuration in which enrich's target is a port nothing listens on
   * (what Prometheus sees of a dead service: connection refused) and the store has no target.
   */
  @Test
  void aTargetThatDoesNotAnswerFiresServiceDownAndAMissingTargetFiresServiceNotScraped()
      throws Exception {
    try (FreePorts.ClosedPort closed = FreePorts.reserveClosed()) {
      LocalStackSettings s = stack.settings();
      LocalStackSettings deadEnrich =
          new LocalStackSettings(
              s.dataDir(),
              s.kafkaPort(),
              s.kafkaControllerPort(),
              s.mongoPort(),
              s.ingestPort(),
              closed.port(),
              s.storePort());
      Path deploy = scaledDeployDir(dataDir.resolve("deploy-without-store"), "store");
      try (LocalPrometheus second = start(deploy, deadEnrich, "prometheus-second")) {
        PrometheusApi secondApi = new PrometheusApi(second);
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .untilAsserted(
                () ->
                    assertThat(secondApi.firing())
                        .contains("NewslineServiceDown", "NewslineServiceNotScraped"));
        assertThat(secondApi.firing("NewslineServiceDown"))
            .extracting(labels -> labels.get("service").asString())
            .containsExactly("enrich");
        assertThat(secondApi.firing("NewslineServiceNotScraped"))
            .extracting(labels -> labels.get("service").asString())
            .containsExactly("store");
      }
    }
    // The first Prometheus, which scrapes all three, has neither.
    assertThat(api.firing()).doesNotContain("NewslineServiceDown", "NewslineServiceNotScraped");
  }

  private static LocalPrometheus start(Path deploy, LocalStackSettings settings, String name)
      throws Exception {
    return FreePorts.startOnFreshPorts(
        1,
        ports ->
            LocalPrometheus.start(
                executable,
                deploy,
                settings,
                stack.keys(),
                ports[0],
                Duration.ofSeconds(1),
                dataDir.resolve(name + "-" + ports[0])));
  }

  /**
   * A deploy directory with the shipped prometheus.yml (less the target of {@code withoutService}
   * when given) and the shipped alert rules on the test's clock.
   */
  private static Path scaledDeployDir(Path dir, String withoutService) throws Exception {
    Path prometheusDir = Files.createDirectories(dir.resolve("prometheus"));
    String config = Files.readString(Deploy.file("prometheus/prometheus.yml"));
    if (withoutService != null) {
      String target =
          config
              .lines()
              .filter(l -> l.contains("targets: [\"" + withoutService + ":"))
              .findFirst()
              .orElseThrow();
      String labels = "        labels: {service: " + withoutService + "}\n";
      assertThat(config).contains(target + "\n" + labels);
      config = config.replace(target + "\n" + labels, "");
    }
    Files.writeString(prometheusDir.resolve("prometheus.yml"), config);
    Files.writeString(
        prometheusDir.resolve("alerts.yml"),
        ScaledRules.scale(
            Files.readString(Deploy.file("prometheus/alerts.yml")), SECONDS_PER_MINUTE));
    return dir;
  }

  private static String article(String id) {
    return "{\"id\":\"%s\",\"title\":\"Bridge reopens in Lyon\",\"source\":\"Alerts Test\",\"publishedAt\":\"2025-05-05T10:00:00Z\",\"body\":\"About 300 workers returned to the bridge in Lyon on Monday, said Claire Dubois.\"}\n"
        .formatted(id);
  }

  private static int postArticle(String id) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(stack.settings().ingestUrl() + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", KEY)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(article(id)))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static boolean isStored(StoreClient client, String id) {
    try {
      return client.isStored(id);
    } catch (Exception e) {
      return false;
    }
  }
}
