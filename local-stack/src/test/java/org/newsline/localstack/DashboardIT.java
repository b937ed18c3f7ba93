package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsline.testsupport.FreePorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every panel query of deploy/grafana/dashboards/newsline-pipeline.json, evaluated by a real
 * Prometheus scraping the local stack (configuration generated from
 * deploy/prometheus/prometheus.yml), returns data: at least one series with a number, not NaN.
 */
class DashboardIT {

  private static final String KEY = "dashboard-test-key";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static LocalStack stack;
  private static LocalPrometheus prometheus;

  @BeforeAll
  static void startStackAndPrometheus() throws Exception {
    var executable = LocalPrometheus.onPath("prometheus");
    assumeTrue(executable.isPresent(), Deploy.missing("prometheus"));
    Path dataDir = Files.createTempDirectory("newsline-dashboard");
    stack =
        TestSettings.started(
            dataDir, settings -> new LocalStack(settings, ApiKeyFile.single(KEY), Map.of()));
    LocalStackSettings settings = stack.settings();
    // Prometheus takes its port on the command line: on a collision, again on a new one.
    prometheus =
        FreePorts.startOnFreshPorts(
            1,
            ports ->
                LocalPrometheus.start(
                    executable.get(),
                    Deploy.dir(),
                    settings,
                    stack.keys(),
                    ports[0],
                    Duration.ofSeconds(1),
                    dataDir.resolve("prometheus-" + ports[0])));
    // Every target scraped once before any traffic, so that rates and increases see it.
    new PrometheusApi(prometheus).awaitEveryTargetUp();
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
  void everyPanelQueryReturnsDataFromARealPrometheus() throws Exception {
    List<String> queries = panelQueries();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(20);
    StoreClient client = new StoreClient(stack.settings(), stack.keys());
    List<String> ids = new ArrayList<>();
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      String id = "dashboard-" + UUID.randomUUID();
      ids.add(id);
      batch.append(article(id));
    }
    batch.append("{\"title\":\"No body\",\"body\":\"\"}\n");
    client.postBatch(batch.toString().getBytes(StandardCharsets.UTF_8));
    RawRecords.sendUnreadable(stack);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> ids.stream().allMatch(id -> isStored(client, id)));

    // Micrometer's Kafka client binder looks for new client metrics once a minute, so client
    // metrics can take up to a minute (and a scrape) to appear: wait past that. Meanwhile the ratio
    // panels (a rate over
    // a rate in a 1 m window) turn NaN a minute after the last article, so an article goes through
    // the whole pipeline, and the store is read, on every round of the wait: a steady trickle, as
    // a dashboard on a live stack sees.
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              String id = "dashboard-" + UUID.randomUUID();
              client.postBatch(article(id).getBytes(StandardCharsets.UTF_8));
              isStored(client, ids.get(0));
              List<String> empty = new ArrayList<>();
              for (String expr : queries) {
                if (values(query(expr)).stream().noneMatch(v -> !v.isNaN())) {
                  empty.add(expr);
                }
              }
              assertThat(empty).as("panel queries without data").isEmpty();
            });
  }

  @Test
  void aRecordEnrichCannotReadFiresTheDeadLetterAlert() throws Exception {
    RawRecords.sendUnreadable(stack);

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(
                        query(
                            "ALERTS{alertname=\"NewslineDeadLetters\", alertstate=\"firing\","
                                + " topic=\"articles.raw-dlt\"}"))
                    .as("firing alerts")
                    .isNotEmpty());
  }

  private static String article(String id) {
    return "{\"id\":\"%s\",\"title\":\"Bridge reopens in Lyon\",\"source\":\"Dashboard Test\",\"publishedAt\":\"2025-05-05T10:00:00Z\",\"body\":\"About 300 workers returned to the bridge in Lyon on Monday, said Claire Dubois.\"}\n"
        .formatted(id);
  }

  private static boolean isStored(StoreClient client, String id) {
    try {
      return client.isStored(id);
    } catch (Exception e) {
      return false;
    }
  }

  private static List<String> panelQueries() throws Exception {
    JsonNode dashboard =
        JSON.readTree(Files.readString(Deploy.file("grafana/dashboards/newsline-pipeline.json")));
    List<String> queries = new ArrayList<>();
    for (JsonNode panel : dashboard.get("panels")) {
      for (JsonNode target : panel.get("targets")) {
        queries.add(target.get("expr").asString());
      }
    }
    return queries;
  }

  private static List<JsonNode> query(String expr) throws Exception {
    return new PrometheusApi(prometheus).query(expr);
  }

  private static List<Double> values(List<JsonNode> vector) {
    return PrometheusApi.values(vector);
  }
}
