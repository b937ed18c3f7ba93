package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Injection attempts in every parameter of the store's query API: MongoDB operators, {@code $where}
 * JavaScript and regular-expression bombs are literal values (nothing matches them) or refused with
 * 400, never a 500, never slow, though the store holds articles a widened query would return.
 */
class QueryInjectionIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * "Never slow", relative to the machine: a hostile query may take at most this many times the
   * slowest of a few plain queries of the same endpoints measured first, and never less than {@link
   * #FLOOR} (a regular expression that backtracks or a widened scan takes far longer).
   */
  private static final int SLOWER_AT_MOST = 20;

  private static final Duration FLOOR = Duration.ofSeconds(3);
  private static Duration fast;

  private static final List<String> PAYLOADS =
      List.of(
          "{\"$gt\": \"\"}",
          "{\"$ne\": null}",
          "{\"$regex\": \".*\"}",
          "$where",
          "{\"$where\": \"sleep(5000) || true\"}",
          "'; return true; var x='",
          "this.title != null",
          "$ne",
          ".*",
          "(a+)+$",
          "^(a|a)*$",
          "(.*a){20}",
          "a".repeat(60) + "!",
          "[",
          "\\",
          "%00",
          "\u0000",
          "Lyon\u0000",
          "{\"entities.name\": {\"$exists\": true}}",
          "x".repeat(5000));

  private static final Map<String, List<String>> PARAMETERS =
      Map.of(
          "/api/v1/articles",
          List.of("entity", "type", "source", "from", "to", "limit", "cursor", "fields"),
          "/api/v1/entities",
          List.of("type", "from", "to", "limit"),
          "/api/v1/figures",
          List.of("unit", "entity", "from", "to", "limit"));

  @BeforeAll
  static void storeAnArticle() {
    SharedStack.get();
    // Something a widened query would find.
    String id = "injection-" + UUID.randomUUID();
    assertThat(
            Pipeline.postArticle(Pipeline.articleJson(id, "Bridge reopens in Lyon", Pipeline.BODY))
                .statusCode())
        .isEqualTo(202);
    Pipeline.awaitStored(id, Duration.ofSeconds(90));
    Duration plain = Duration.ZERO;
    for (int round = 0; round < 3; round++) {
      for (String path :
          List.of(
              "/api/v1/articles?entity=Lyon",
              "/api/v1/entities?type=LOCATION",
              "/api/v1/figures?unit=euros",
              "/api/v1/articles/" + id)) {
        long started = System.nanoTime();
        assertThat(Pipeline.getStore(path).statusCode()).as(path).isEqualTo(200);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        plain = took.compareTo(plain) > 0 ? took : plain;
      }
    }
    Duration relative = plain.multipliedBy(SLOWER_AT_MOST);
    fast = relative.compareTo(FLOOR) > 0 ? relative : FLOOR;
    System.out.println("QueryInjectionIT: slowest plain query " + plain + ", limit " + fast);
  }

  @Test
  void injectionInEveryQueryParameterIsALiteralOrA400() {
    assertThat(items(Pipeline.getStore("/api/v1/articles?source=Reliability%20Wire")))
        .as("the plain query finds the stored article")
        .isNotEmpty();
    for (var endpoint : PARAMETERS.entrySet()) {
      for (String parameter : endpoint.getValue()) {
        for (String payload : PAYLOADS) {
          String path =
              endpoint.getKey()
                  + "?"
                  + parameter
                  + "="
                  + URLEncoder.encode(payload, StandardCharsets.UTF_8);
          assertLiteralOrRefused(path);
        }
      }
    }
  }

  @Test
  void injectionInTheArticleIdIsNotFoundOrA400() {
    for (String payload : PAYLOADS) {
      String path =
          "/api/v1/articles/"
              + URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
      long started = System.nanoTime();
      HttpResponse<String> response = Pipeline.getStore(path);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path).isLessThan(fast);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(400, 404);
    }
  }

  private static void assertLiteralOrRefused(String path) {
    long started = System.nanoTime();
    HttpResponse<String> response = Pipeline.getStore(path);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    String what = path.length() > 200 ? path.substring(0, 200) + "..." : path;
    assertThat(took).as("time of " + what).isLessThan(fast);
    assertThat(response.statusCode()).as(what + ": " + response.body()).isIn(200, 400);
    if (response.statusCode() == 400) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    } else {
      assertThat(items(response)).as("matches of " + what).isEmpty();
    }
  }

  private static List<JsonNode> items(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("items").valueStream().toList();
  }
}
