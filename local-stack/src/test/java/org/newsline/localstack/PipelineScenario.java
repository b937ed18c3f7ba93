package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsline.testsupport.KafkaTestClients;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole pipeline end to end: articles posted to ingest come back from the store's API with
 * their entities and figures. Runs on the embedded infrastructure and on real containers.
 */
abstract class PipelineScenario {

  static final String KEY = "pipeline-test-key";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http = HttpClient.newHttpClient();

  protected abstract LocalStack stack();

  @Test
  void postedArticleIsStoredWithItsEntitiesAndFigures() throws Exception {
    String id = "e2e-" + UUID.randomUUID();
    HttpResponse<String> accepted = postArticle(id, "Bridge reopens in Lyon");
    assertThat(accepted.statusCode()).isEqualTo(202);

    JsonNode stored = awaitStored(id);

    assertThat(stored.get("title").asString()).isEqualTo("Bridge reopens in Lyon");
    assertThat(stored.get("entities").valueStream().map(e -> e.get("name").asString()))
        .contains("Lyon", "Claire Dubois");
    assertThat(stored.get("figures").valueStream())
        .anySatisfy(
            f -> {
              assertThat(f.get("value").asDouble()).isEqualTo(300.0);
              assertThat(f.get("qualifier").asString()).isEqualTo("APPROXIMATE");
              assertThat(f.get("unit").asString()).isEqualTo("workers");
            });
    assertThat(stored.get("storedAt").asString()).isNotBlank();
  }

  @Test
  void theSameArticlePostedTwiceIsStoredOnce() throws Exception {
    String id = "e2e-" + UUID.randomUUID();
    assertThat(postArticle(id, "Bridge reopens in Lyon").statusCode()).isEqualTo(202);
    HttpResponse<String> second = postArticle(id, "Bridge reopens in Lyon");
    assertThat(second.statusCode()).isIn(200, 202);
    assertThat(JSON.readTree(second.body()).get("status").asString()).isEqualTo("duplicate");

    awaitStored(id);

    // The store keys documents by id, so a second copy could only show on the raw topic.
    var env = stack().context("ingest").getEnvironment();
    assertThat(
            KafkaTestClients.readToEnd(
                    env.getProperty("spring.kafka.bootstrap-servers"),
                    env.getProperty("newsline.kafka.topics.raw", "articles.raw"),
                    Duration.ofSeconds(30))
                .stream()
                .filter(r -> id.equals(r.key())))
        .as("raw records of the article posted twice")
        .hasSize(1);
  }

  @Test
  void malformedArticleIsRejectedAndNeverReachesTheStore() throws Exception {
    String id = "e2e-" + UUID.randomUUID();
    HttpResponse<String> rejected =
        post("{\"id\":\"" + id + "\",\"title\":\"No body\",\"body\":\"\"}");

    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    // A later good article is stored; the rejected one never is.
    String later = "e2e-" + UUID.randomUUID();
    postArticle(later, "Bridge reopens in Lyon");
    awaitStored(later);
    assertThat(storeStatus("/api/v1/articles/" + id)).isEqualTo(404);
  }

  @Test
  void aCorrectionSentUnderTheSameIdReplacesTheStoredArticleAndKeepsTheEarlierAsARevision()
      throws Exception {
    String id = "e2e-" + UUID.randomUUID();
    assertThat(postArticle(id, "Bridge reopens in Lyon").statusCode()).isEqualTo(202);
    JsonNode original = awaitStored(id);

    HttpResponse<String> corrected =
        post(
            "{\"id\":\""
                + id
                + "\",\"source\":\"E2E Wire\",\"publishedAt\":\"2025-05-05T10:00:00Z\","
                + "\"title\":\"Bridge reopens in Lyon\",\"body\":\"About 320 workers finished"
                + " repairs to the Pont Neuf bridge in Lyon on Monday, the city's mayor, Claire"
                + " Dubois, said. (This article was corrected.)\"}");
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(202);

    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> getStore("/api/v1/articles/" + id).get("body").asString().contains("320"));
    JsonNode stored = getStore("/api/v1/articles/" + id);
    assertThat(stored.get("figures").valueStream().map(f -> f.get("value").asDouble()))
        .contains(320.0)
        .doesNotContain(300.0);
    assertThat(stored.get("revisions")).hasSize(1);
    JsonNode revision = stored.get("revisions").get(0);
    assertThat(revision.get("contentHash").asString())
        .isEqualTo(original.get("contentHash").asString());
    assertThat(revision.get("receivedAt").asString())
        .isEqualTo(original.get("receivedAt").asString());
    assertThat(revision.get("bodyChars").asInt())
        .isEqualTo(
            original
                .get("body")
                .asString()
                .codePointCount(0, original.get("body").asString().length()));
  }

  /**
   * What Swagger UI fills in when a user opens the store's page and presses "Try it out" then
   * "Execute": every parameter's example, all together. Against the shipped samples (what {@code
   * ./run-local} feeds), each operation must answer 200 with something in it.
   */
  @Test
  void theStoresApiExamplesFindTheSampleArticles() throws Exception {
    StoreClient client = new StoreClient(stack().settings(), ApiKeyFile.single(KEY));
    FedArticles fed = new FedArticles();
    java.nio.file.Path dataDir = java.nio.file.Files.createTempDirectory("samples-marker");
    SampleFeed.feed(
        client, dataDir, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), fed);
    assertThat(fed.awaitStored(client, Duration.ofMinutes(2), progress -> {}))
        .isEqualTo(SampleArticles.ids().size());

    JsonNode paths = getStore("/v3/api-docs").get("paths");
    List<String> asked = new ArrayList<>();
    for (var path : paths.properties()) {
      JsonNode get = path.getValue().get("get");
      if (get == null || !path.getKey().startsWith("/api/v1/")) {
        continue;
      }
      String uri = SwaggerExamples.requestOf(path.getKey(), get);
      asked.add(uri);
      JsonNode answer = getStore(uri);
      if (path.getKey().contains("{id}")) {
        assertThat(answer.get("id").asString()).as(uri).isIn(SampleArticles.ids());
      } else if (path.getKey().equals("/api/v1/stats")) {
        assertThat(answer.get("articles").asLong()).as(uri).isPositive();
      } else {
        assertThat(answer.get("items").size()).as(uri).isPositive();
      }
    }
    assertThat(asked)
        .as("every GET operation of the store, with its examples")
        .hasSize(5)
        .allSatisfy(uri -> assertThat(uri).doesNotContain("{"))
        .filteredOn(uri -> !uri.startsWith("/api/v1/articles/") && !uri.endsWith("/stats"))
        .allSatisfy(uri -> assertThat(uri).contains("?"));
  }

  /** The store's Swagger UI, loaded by a real browser, shows the API's title and operations. */
  @Test
  void theStoresSwaggerPageShowsItsOperationsInABrowser() throws Exception {
    var chromium = HeadlessChromium.onPath();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        chromium.isPresent(), "Debian's chromium is not installed (.ci/run installs it)");

    String dom =
        HeadlessChromium.dom(chromium.get(), stack().settings().storeUrl() + "/swagger-ui.html");

    assertThat(dom)
        .as("the page as Swagger UI built it from the store's OpenAPI document")
        .contains("Newsline store API")
        .contains("/api/v1/articles/{id}", "/api/v1/entities", "/api/v1/figures")
        .doesNotContain("Failed to load API definition", "Petstore");
  }

  @Test
  void aRemovedArticleIsGoneFromTheStoreAndStaysGoneWhenItsRawRecordIsSentAgain() throws Exception {
    String id = "e2e-removed-" + UUID.randomUUID();
    assertThat(postArticle(id, "Bridge reopens in Lyon").statusCode()).isEqualTo(202);
    awaitStored(id);

    HttpResponse<String> removed =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(stack().settings().ingestUrl() + "/api/v1/articles/" + id))
                .header("X-API-Key", KEY)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(202);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> storeStatus("/api/v1/articles/" + id) == 404);

    // The article's raw record again, as a duplicate (a producer's resend, a replay): enriched
    // once more, and dropped by the store as a copy received before the removal.
    MeterRegistry storeMeters = stack().context("store").getBean(MeterRegistry.class);
    double copies = storeMeters.counter("store.writes", "outcome", "removed_copy").count();
    RawRecords.resendArticle(stack(), id);

    // Until the store dropped the copy, or stored it again.
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                storeMeters.counter("store.writes", "outcome", "removed_copy").count() > copies
                    || storeStatus("/api/v1/articles/" + id) == 200);
    assertThat(storeStatus("/api/v1/articles/" + id))
        .as("a removed article came back")
        .isEqualTo(404);
    assertThat(storeMeters.counter("store.writes", "outcome", "removed_copy").count() - copies)
        .isEqualTo(1);
  }

  private HttpResponse<String> postArticle(String id, String title) throws Exception {
    return post(
        "{\"id\":\""
            + id
            + "\",\"source\":\"E2E Wire\",\"publishedAt\":\"2025-05-05T10:00:00Z\",\"title\":\""
            + title
            + "\",\"body\":\"About 300 workers finished repairs to the Pont Neuf bridge in Lyon on"
            + " Monday, the city's mayor, Claire Dubois, said. The work cost more than 4 million"
            + " euros.\"}");
  }

  private HttpResponse<String> post(String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(stack().settings().ingestUrl() + "/api/v1/articles"))
            .header("Content-Type", "application/json")
            .header("X-API-Key", KEY)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode awaitStored(String id) {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> storeStatus("/api/v1/articles/" + id) == 200);
    return getStore("/api/v1/articles/" + id);
  }

  private int storeStatus(String path) throws Exception {
    return storeGet(path).statusCode();
  }

  private JsonNode getStore(String path) {
    try {
      HttpResponse<String> response = storeGet(path);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> storeGet(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(stack().settings().storeUrl() + path))
            .header("X-API-Key", KEY)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
