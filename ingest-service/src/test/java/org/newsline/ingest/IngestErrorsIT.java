package org.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Every error status the ingest API gives, as problem+json naming what was wrong. */
@EmbeddedIngestContext
class IngestErrorsIT {

  private static final String ARTICLES = "/api/v1/articles";
  private static final String BATCH = "/api/v1/articles/batch";
  private static final String GOOD_BODY = "The port reopened on Monday after eleven weeks.";

  @LocalServerPort int port;
  IngestHttp http;

  @BeforeEach
  void setUp() {
    http = new IngestHttp(port);
  }

  @Test
  void rejectsMalformedJsonWith400() {
    IngestHttp.Reply reply = http.post(ARTICLES, "application/json", "{\"body\": \"unterminated");

    assertProblem(reply, 400);
    assertThat(reply.json().get("detail").asString()).contains("not valid JSON");
  }

  @Test
  void rejectsEmptyNullAndNonObjectBodiesWith400() {
    assertProblem(http.post(ARTICLES, "application/json", ""), 400);
    assertProblem(http.post(ARTICLES, "application/json", "null"), 400);
    assertProblem(
        http.post(ARTICLES, "application/json", "[{\"body\": \"" + GOOD_BODY + "\"}]"), 400);
    assertProblem(http.post(ARTICLES, "application/json", "\"just a string\""), 400);
  }

  @Test
  void rejectsInvalidUtf8With400() {
    byte[] bad = {'T', 'i', 't', 'l', 'e', '\n', '\n', (byte) 0xC3, (byte) 0x28, 'x'};
    assertProblem(http.post(ARTICLES, "text/plain", bad, IngestHttp.KEY), 400);
    byte[] badJson = "{\"body\": \"caf\u00e9 \u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertProblem(http.post(ARTICLES, "application/json", badJson, IngestHttp.KEY), 400);
  }

  @Test
  void rejectsAnArticleOverTheSizeLimitWith413() {
    String huge = "{\"body\": \"" + "a".repeat(65 * 1024) + "\"}";

    IngestHttp.Reply reply = http.post(ARTICLES, "application/json", huge);

    assertProblem(reply, 413);
    assertThat(reply.json().get("detail").asString()).contains("65536");
  }

  @Test
  void drainsTheRestOfAnOversizedBodyAfterThe413SoTheClientIsNotCutOff() throws Exception {
    // The client keeps sending after the server has answered 413 (as any client sending a large
    // body does). With Tomcat's default swallow size (2 MB) the server closed the connection
    // part-way, and the client got "Broken pipe" or "Connection reset" (seen in IngestFuzzIT).
    int length = 30 * 1024 * 1024; // over the article limit, under the batch limit
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + ARTICLES
                  + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "X-API-Key: "
                  + IngestHttp.KEY
                  + "\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      chunk[0] = '{';
      out.write(chunk); // past the article limit: the server answers now
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).isEqualTo("HTTP/1.1 413");
      java.util.Arrays.fill(chunk, (byte) 'a');
      for (int sent = chunk.length; sent < length; sent += chunk.length) {
        out.write(chunk, 0, Math.min(chunk.length, length - sent)); // throws if cut off
      }
      out.flush();
      // Tomcat closes the connection after a 413 in any case; it must do so having read the
      // body, so the close is clean: no reset under the client's writes or reads.
      socket.shutdownOutput();
      String rest = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(rest).contains("larger than the limit");
    }
  }

  @Test
  void rejectsABatchOverTheItemLimitWith413AndReportsTheItemsProcessed() {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      ndjson.append("{\"id\": \"x\"}\n");
    }

    IngestHttp.Reply reply = http.post(BATCH, "application/x-ndjson", ndjson.toString());

    assertProblem(reply, 413);
    assertThat(reply.json().get("results")).hasSize(20);
    assertThat(reply.json().get("detail").asString()).contains("20 items");
  }

  @Test
  void rejectsABatchOverTheByteLimitWith413() {
    String line = "{\"body\": \"" + "b".repeat(60 * 1024) + "\"}\n";

    IngestHttp.Reply reply = http.post(BATCH, "application/x-ndjson", line.repeat(5));

    assertProblem(reply, 413);
  }

  @Test
  void rejectsOtherContentTypesWith415() {
    assertProblem(http.post(ARTICLES, "application/xml", "<article/>"), 415);
    assertProblem(
        http.post(ARTICLES, null, "{}".getBytes(StandardCharsets.UTF_8), IngestHttp.KEY), 415);
    assertProblem(http.post(BATCH, "text/plain", "hello"), 415);
  }

  static Stream<Arguments> invalidArticles() {
    return Stream.of(
        Arguments.of("{\"body\": \"\"}", "body", "required"),
        Arguments.of("{\"title\": \"Only a title\"}", "body", "required"),
        Arguments.of("{\"body\": \"Too short.\"}", "body", "min-length"),
        Arguments.of(
            "{\"body\": \"Skip to main content\\n\\nBack to top\"}",
            "body",
            "empty-after-cleaning"),
        Arguments.of("{\"body\": \"" + GOOD_BODY + "\", \"url\": \"not a url\"}", "url", "url"),
        Arguments.of(
            "{\"body\": \"" + GOOD_BODY + "\", \"url\": \"ftp://coast.example/a\"}", "url", "url"),
        Arguments.of(
            "{\"body\": \"" + GOOD_BODY + "\", \"publishedAt\": \"2025-04-18T09:30:00\"}",
            "publishedAt",
            "date"),
        Arguments.of(
            "{\"body\": \"" + GOOD_BODY + "\", \"publishedAt\": 1713432600}",
            "publishedAt",
            "type"),
        Arguments.of(
            "{\"body\": \"" + GOOD_BODY + "\", \"id\": \"no spaces allowed\"}", "id", "pattern"),
        Arguments.of(
            "{\"body\": \"" + GOOD_BODY + "\", \"id\": \"" + "i".repeat(201) + "\"}",
            "id",
            "max-length"),
        Arguments.of("{\"body\": 42}", "body", "type"),
        Arguments.of("{\"body\": [\"a\"]}", "body", "type"),
        Arguments.of(
            "{\"body\": \"" + GOOD_BODY + "\", \"metadata\": {\"a\": {\"b\": 1}}}",
            "metadata",
            "type"),
        Arguments.of("{\"body\": \"" + GOOD_BODY + "\", \"metadata\": [1]}", "metadata", "type"),
        Arguments.of(
            "{\"body\": \"" + GOOD_BODY + "\", \"title\": \"" + "t".repeat(1001) + "\"}",
            "title",
            "max-length"),
        Arguments.of(
            "{\"body\": \"" + GOOD_BODY + "\", \"language\": \"english\"}",
            "language",
            "language"));
  }

  @ParameterizedTest
  @MethodSource("invalidArticles")
  void rejectsInvalidArticlesWith422NamingFieldAndRule(String json, String field, String rule) {
    IngestHttp.Reply reply = http.post(ARTICLES, "application/json", json);

    assertProblem(reply, 422);
    JsonNode error = reply.json().get("errors").get(0);
    assertThat(error.get("field").asString()).isEqualTo(field);
    assertThat(error.get("rule").asString()).isEqualTo(rule);
  }

  @Test
  void rejectsABadQueryDateOnPlainTextWith422() {
    IngestHttp.Reply reply =
        http.post(ARTICLES + "?publishedAt=yesterday", "text/plain", "Title\n\n" + GOOD_BODY);

    assertProblem(reply, 422);
    assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("publishedAt");
  }

  @Test
  void refusesAQueryParameterTheEndpointDoesNotTakeWith400NamingIt() {
    // JSON carries its metadata in the body; a ?source= beside it would be silently ignored.
    IngestHttp.Reply json =
        http.post(
            ARTICLES + "?source=Wire", "application/json", "{\"body\": \"" + GOOD_BODY + "\"}");
    IngestHttp.Reply text =
        http.post(ARTICLES + "?sauce=Wire", "text/plain", "Title\n\n" + GOOD_BODY);
    IngestHttp.Reply batch =
        http.post(ARTICLES + "/batch?dryRun=true", "application/x-ndjson", "{\"body\": \"x\"}\n");

    assertProblem(json, 400);
    assertThat(json.json().get("parameter").asString()).isEqualTo("source");
    assertThat(json.json().get("detail").asString()).contains("'source'", "no query parameters");
    assertProblem(text, 400);
    assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("sauce");
    assertThat(text.json().get("detail").asString())
        .contains("id, language, publishedAt, source, url");
    assertProblem(batch, 400);
    assertThat(batch.json().get("parameter").asString()).isEqualTo("dryRun");
  }

  @Test
  void refusesRequestsWithoutAValidApiKey() {
    byte[] json = ("{\"body\": \"" + GOOD_BODY + "\"}").getBytes(StandardCharsets.UTF_8);

    assertProblem(http.post(ARTICLES, "application/json", json, null), 401);
    assertProblem(http.post(ARTICLES, "application/json", json, "wrong-key"), 401);
    assertProblem(http.post(ARTICLES, "application/json", json, IngestHttp.MANAGEMENT_KEY), 403);
  }

  @Test
  void refusesARemovalWithoutAValidApiKey() {
    assertProblem(http.delete(ARTICLES + "/coast-1", null), 401);
    assertProblem(http.delete(ARTICLES + "/coast-1", "wrong-key"), 401);
    assertProblem(http.delete(ARTICLES + "/coast-1", IngestHttp.MANAGEMENT_KEY), 403);
  }

  @Test
  void refusesTheRemovalOfAnInvalidIdWith400NamingTheFieldAndRule() {
    IngestHttp.Reply pattern = http.delete(ARTICLES + "/bad%20id", IngestHttp.KEY);
    IngestHttp.Reply leadingDot = http.delete(ARTICLES + "/.hidden", IngestHttp.KEY);
    IngestHttp.Reply tooLong = http.delete(ARTICLES + "/" + "a".repeat(201), IngestHttp.KEY);

    for (IngestHttp.Reply reply : new IngestHttp.Reply[] {pattern, leadingDot}) {
      assertProblem(reply, 400);
      JsonNode error = reply.json().get("errors").get(0);
      assertThat(error.get("field").asString()).isEqualTo("id");
      assertThat(error.get("rule").asString()).isEqualTo("pattern");
    }
    assertProblem(tooLong, 400);
    assertThat(tooLong.json().get("errors").get(0).get("rule").asString()).isEqualTo("max-length");
  }

  @Test
  void keepsHealthOpenAndPrometheusBehindTheManagementKey() {
    http.post(ARTICLES, "application/json", "{\"body\": \"x\", \"source\": \"Metrics Test\"}");
    http.delete(ARTICLES + "/metrics-test-removal", IngestHttp.KEY);

    assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
    assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus", IngestHttp.KEY).status()).isEqualTo(403);
    IngestHttp.Reply metrics = http.get("/actuator/prometheus", IngestHttp.MANAGEMENT_KEY);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("ingest_articles_total{")
        .contains("outcome=\"rejected\"")
        .contains("reason=\"invalid-body\"")
        .contains("ingest_article_bytes")
        .containsPattern(
            "ingest_removals_total\\{[^}]*outcome=\"accepted\",reason=\"none\"} [1-9]");
  }

  @Test
  void describesTheApiWithExamples() {
    IngestHttp.Reply docs = http.get("/v3/api-docs", null);

    assertThat(docs.status()).isEqualTo(200);
    JsonNode post = docs.json().get("paths").get("/api/v1/articles").get("post");
    assertThat(post).isNotNull();
    assertThat(docs.json().at("/info/title").asString()).isEqualTo("Newsline ingest API");
    assertThat(docs.json().at("/info/version").asString()).isEqualTo("v1");
    assertThat(docs.json().at("/info/description").asString()).contains("articles.raw");
    assertThat(docs.json().at("/servers/0/url").asString()).isEqualTo("/");
    assertThat(docs.body()).doesNotContain("Generated server url", "OpenAPI definition");
    assertThat(docs.body())
        .contains("application/x-ndjson")
        .contains("examples")
        .contains("apiKey");
    assertThat(http.get("/swagger-ui.html", null).status()).isBetween(200, 399);
    JsonNode delete = docs.json().get("paths").get("/api/v1/articles/{id}").get("delete");
    assertThat(delete.get("description").asString()).contains("never seen", "202");
    for (String status : new String[] {"202", "400", "429", "503"}) {
      assertThat(delete.get("responses").has(status)).as(status).isTrue();
    }
    JsonNode batch = docs.json().get("paths").get("/api/v1/articles/batch").get("post");
    JsonNode batchContent = batch.get("requestBody").get("content");
    assertThat(batchContent.get("application/x-ndjson").get("examples")).isNotNull();
    assertThat(batchContent.get("application/json").get("examples")).isNotNull();
    for (String type : new String[] {"application/json", "text/plain", "text/html"}) {
      assertThat(post.get("requestBody").get("content").get(type).get("examples"))
          .as(type)
          .isNotNull();
    }
    assertThat(
            post.get("responses")
                .get("422")
                .get("content")
                .get("application/problem+json")
                .get("examples"))
        .isNotNull();
  }

  static Stream<Arguments> oddInputs() {
    return Stream.of(
        Arguments.of("application/json", "{}"),
        Arguments.of("application/json", "{\"body\": null}"),
        Arguments.of("application/json", "{\"body\": \"" + GOOD_BODY + "\", \"body\": \"twice\"}"),
        Arguments.of("application/json", "{\"body\": \"\\u0000\\u0001\\u0002\"}"),
        Arguments.of(
            "application/json",
            "{\"body\": \"" + GOOD_BODY + "\", \"publishedAt\": \"0000-01-01T00:00:00Z\"}"),
        Arguments.of(
            "application/json",
            "{\"body\": \"" + GOOD_BODY + "\", \"id\": 12345678901234567890123}"),
        Arguments.of(
            "application/json", "{\"body\": \"" + GOOD_BODY + "\", \"url\": \"http://[::1\"}"),
        Arguments.of("application/json", "[]"),
        Arguments.of("application/json", "123"),
        Arguments.of("application/json", "{\"body\": \"" + "🙂".repeat(10_000) + "\"}"),
        Arguments.of("text/plain", ""),
        Arguments.of("text/plain", "\n\n\n"),
        Arguments.of("text/plain; charset=nonsense", "Title\n\nBody"),
        Arguments.of("text/html", ""),
        Arguments.of("text/html", "<html><body><script>x</script></body></html>"),
        Arguments.of("text/html", "<<<>>>&&&;"),
        Arguments.of("application/x-ndjson", ""),
        Arguments.of("application/x-ndjson", "\n\n"),
        Arguments.of("application/x-ndjson", "[1,2]\nnull\n\"s\"\n"),
        Arguments.of("application/json;charset=UTF-8", "{\"body\": {}}"));
  }

  @ParameterizedTest
  @MethodSource("oddInputs")
  void neverAnswers500ToAClientsMistake(String contentType, String body) {
    String path = contentType.startsWith("application/x-ndjson") ? BATCH : ARTICLES;

    IngestHttp.Reply reply = http.post(path, contentType, body);

    assertThat(reply.status()).as(reply.body()).isLessThan(500);
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void neverAnswers500ToOddBatchArrays() {
    for (String body :
        new String[] {"", "{}", "[", "[{\"body\": 1}", "[1, null, \"x\", []]", "null"}) {
      IngestHttp.Reply reply = http.post(BATCH, "application/json", body);
      assertThat(reply.status()).as(body + " -> " + reply.body()).isLessThan(500);
    }
  }

  private static void assertProblem(IngestHttp.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asString()).startsWith("https://newsline.org/problems/");
    assertThat(problem.get("detail").asString()).isNotBlank();
  }
}
