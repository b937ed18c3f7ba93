package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Only key holders get in: every write and read endpoint refuses a missing or unknown key, a key
 * for one service does not open another, actuator endpoints other than health need the management
 * key, and no key ever appears in the services' logs.
 */
class SecurityIT {

  private static final String WRONG_KEY = "wrong-key-9e4c2a7b1d6f3058";

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  /** Each API endpoint with a request builder that needs only its key header. */
  private static List<Endpoint> apiEndpoints() {
    String article = Pipeline.articleJson("sec-" + UUID.randomUUID(), "Security", Pipeline.BODY);
    return List.of(
        new Endpoint(
            "ingest POST /api/v1/articles",
            "ingest",
            () ->
                Pipeline.ingest("/api/v1/articles")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(article))),
        new Endpoint(
            "ingest POST /api/v1/articles/batch",
            "ingest",
            () ->
                Pipeline.ingest("/api/v1/articles/batch")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(article + "\n"))),
        new Endpoint(
            "ingest POST /api/v1/articles/batch (JSON array)",
            "ingest",
            () ->
                Pipeline.ingest("/api/v1/articles/batch")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + article + "]"))),
        new Endpoint(
            "store GET /api/v1/articles/{id}",
            "store",
            () -> Pipeline.store("/api/v1/articles/some-id").GET()),
        new Endpoint(
            "store GET /api/v1/articles", "store", () -> Pipeline.store("/api/v1/articles").GET()),
        new Endpoint(
            "store GET /api/v1/entities", "store", () -> Pipeline.store("/api/v1/entities").GET()),
        new Endpoint(
            "store GET /api/v1/figures", "store", () -> Pipeline.store("/api/v1/figures").GET()));
  }

  private static List<String> managementUrls() {
    List<String> urls = new ArrayList<>();
    var settings = SharedStack.get().settings();
    for (String base : List.of(settings.ingestUrl(), settings.enrichUrl(), settings.storeUrl())) {
      for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/info")) {
        urls.add(base + path);
      }
    }
    return urls;
  }

  @Test
  void everyApiEndpointRefusesAMissingOrUnknownKey() {
    for (Endpoint endpoint : apiEndpoints()) {
      assertUnauthorized(endpoint.name() + " without key", Pipeline.send(endpoint.request().get()));
      assertUnauthorized(
          endpoint.name() + " with an unknown key",
          Pipeline.send(endpoint.request().get().header("X-API-Key", WRONG_KEY)));
      assertUnauthorized(
          endpoint.name() + " with an unknown bearer token",
          Pipeline.send(endpoint.request().get().header("Authorization", "Bearer " + WRONG_KEY)));
      assertUnauthorized(
          endpoint.name() + " with an empty key",
          Pipeline.send(endpoint.request().get().header("X-API-Key", " ")));
    }
  }

  @Test
  void aKeyOpensOnlyItsOwnService() {
    for (Endpoint endpoint : apiEndpoints()) {
      String own =
          endpoint.service().equals("ingest") ? SharedStack.INGEST_KEY : SharedStack.STORE_KEY;
      String other =
          endpoint.service().equals("ingest") ? SharedStack.STORE_KEY : SharedStack.INGEST_KEY;
      assertUnauthorized(
          endpoint.name() + " with the other service's key",
          Pipeline.send(endpoint.request().get().header("X-API-Key", other)));
      HttpResponse<String> management =
          Pipeline.send(endpoint.request().get().header("X-API-Key", SharedStack.MANAGEMENT_KEY));
      assertThat(management.statusCode())
          .as(endpoint.name() + " with the management key")
          .isEqualTo(403);
      HttpResponse<String> allowed =
          Pipeline.send(endpoint.request().get().header("X-API-Key", own));
      assertThat(allowed.statusCode())
          .as(endpoint.name() + " with its own key: " + allowed.body())
          .isNotIn(401, 403)
          .isLessThan(500);
    }
  }

  @Test
  void aReadKeyCannotWriteAnArticle() {
    String id = "sec-read-key-" + UUID.randomUUID();
    HttpResponse<String> response =
        Pipeline.send(
            Pipeline.ingest("/api/v1/articles")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + SharedStack.STORE_KEY)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Pipeline.articleJson(id, "Read key", Pipeline.BODY))));
    assertUnauthorized("store key on ingest", response);
    // A later article with the right key is stored; the refused one never is.
    String later = "sec-later-" + UUID.randomUUID();
    assertThat(
            Pipeline.postArticle(Pipeline.articleJson(later, "Right key", Pipeline.BODY))
                .statusCode())
        .isEqualTo(202);
    Pipeline.awaitStored(later, java.time.Duration.ofSeconds(60));
    assertThat(Pipeline.getStore("/api/v1/articles/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void actuatorEndpointsOtherThanHealthNeedTheManagementKey() {
    for (String url : managementUrls()) {
      UnaryOperator<HttpRequest.Builder> get = b -> b;
      HttpRequest.Builder base = HttpRequest.newBuilder(java.net.URI.create(url)).GET();
      assertUnauthorized(url + " without key", Pipeline.send(get.apply(base.copy())));
      assertUnauthorized(
          url + " with an unknown key", Pipeline.send(base.copy().header("X-API-Key", WRONG_KEY)));
      assertThat(
              Pipeline.send(base.copy().header("X-API-Key", SharedStack.INGEST_KEY)).statusCode())
          .as(url + " with an API key")
          .isIn(401, 403);
      assertThat(
              Pipeline.send(base.copy().header("X-API-Key", SharedStack.MANAGEMENT_KEY))
                  .statusCode())
          .as(url + " with the management key")
          .isEqualTo(200);
    }
    var settings = SharedStack.get().settings();
    for (String base : List.of(settings.ingestUrl(), settings.enrichUrl(), settings.storeUrl())) {
      assertThat(
              Pipeline.send(
                      HttpRequest.newBuilder(java.net.URI.create(base + "/actuator/health")).GET())
                  .statusCode())
          // Open without a key; on the local stack the store's is DOWN (503): the Mongo stand-in
          // has no 'hello' command, which Spring Boot's MongoDB health check sends.
          .as(base + " health without key")
          .isIn(200, 503);
    }
  }

  @Test
  void noKeyEverAppearsInTheLogs() {
    // Traffic with every key, right and wrong, in both headers, so there is something to leak.
    for (Endpoint endpoint : apiEndpoints()) {
      for (String key :
          List.of(
              SharedStack.INGEST_KEY,
              SharedStack.STORE_KEY,
              SharedStack.MANAGEMENT_KEY,
              WRONG_KEY)) {
        Pipeline.send(endpoint.request().get().header("X-API-Key", key));
        Pipeline.send(endpoint.request().get().header("Authorization", "Bearer " + key));
      }
    }
    for (String url : managementUrls()) {
      for (String key : List.of(SharedStack.INGEST_KEY, SharedStack.MANAGEMENT_KEY, WRONG_KEY)) {
        Pipeline.send(HttpRequest.newBuilder(java.net.URI.create(url)).header("X-API-Key", key));
      }
    }
    Pipeline.send(
        Pipeline.ingest("/api/v1/articles")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + SharedStack.INGEST_KEY)
            .POST(HttpRequest.BodyPublishers.ofString("{not json")));

    String logs = SharedStack.capturedOutput();

    assertThat(logs).as("captured log output").contains("Started");
    for (String key :
        List.of(
            SharedStack.INGEST_KEY, SharedStack.STORE_KEY, SharedStack.MANAGEMENT_KEY, WRONG_KEY)) {
      assertThat(logs).as("logs must not contain a key").doesNotContain(key);
    }
  }

  private static void assertUnauthorized(String what, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).as(what).doesNotContain(SharedStack.INGEST_KEY, WRONG_KEY);
  }

  record Endpoint(
      String name, String service, java.util.function.Supplier<HttpRequest.Builder> request) {}
}
