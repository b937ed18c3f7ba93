package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Instant queries against a test's {@link LocalPrometheus}, through its HTTP API. */
final class PrometheusApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final LocalPrometheus prometheus;

  PrometheusApi(LocalPrometheus prometheus) {
    this.prometheus = prometheus;
  }

  /** Waits until Prometheus has scraped each of the stack's three services once, all up. */
  void awaitEveryTargetUp() {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(values(query("up{job=\"newsline\"}")))
                    .as("targets up (see " + prometheus.log() + ")")
                    .containsExactly(1.0, 1.0, 1.0));
  }

  /** The result vector of an instant query; fails on a PromQL error. */
  List<JsonNode> query(String expr) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        prometheus.url()
                            + "/api/v1/query?query="
                            + URLEncoder.encode(expr, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asString())
        .as(expr + ": " + response.body())
        .isEqualTo("success");
    assertThat(body.get("data").get("resultType").asString()).as(expr).isEqualTo("vector");
    List<JsonNode> result = new ArrayList<>();
    body.get("data").get("result").forEach(result::add);
    return result;
  }

  /** The numbers of a result vector. */
  static List<Double> values(List<JsonNode> vector) {
    return vector.stream().map(s -> Double.parseDouble(s.get("value").get(1).asString())).toList();
  }

  /** The names of the alerts firing now. */
  Set<String> firing() throws Exception {
    Set<String> names = new TreeSet<>();
    for (JsonNode alert : query("ALERTS{alertstate=\"firing\"}")) {
      names.add(alert.get("metric").get("alertname").asString());
    }
    return names;
  }

  /** The firing alerts of one name, each as its labels. */
  List<JsonNode> firing(String alertname) throws Exception {
    return query("ALERTS{alertstate=\"firing\", alertname=\"" + alertname + "\"}").stream()
        .map(a -> a.get("metric"))
        .toList();
  }
}
