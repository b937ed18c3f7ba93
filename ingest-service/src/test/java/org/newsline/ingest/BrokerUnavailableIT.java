package org.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.testsupport.FreePorts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With Kafka unreachable (a port that refuses connections) and a short publish timeout, nothing is
 * acknowledged: every write answers 503 with Retry-After. Also hosts the rate-limit tests, which
 * need no broker (the limiter runs before any article is read, and refills one token per 100 s
 * here).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "newsline.security.api-keys=down-single,down-batch,down-removal,rate-key,rate-batch-key,rate-both-key",
      "newsline.ingest.publish-timeout=1s",
      "newsline.ingest.retry-after=7s",
      "newsline.ingest.rate-limit.requests-per-second=0.01",
      "newsline.ingest.rate-limit.burst=3",
      "spring.kafka.admin.auto-create=false"
    })
class BrokerUnavailableIT {

  private static final String ARTICLE =
      "{\"id\": \"%s\", \"body\": \"The port reopened on Monday after eleven weeks.\"}";

  /**
   * Where the broker would be: a port held, bound but never listening, for as long as this JVM runs
   * (the application context is cached beyond the class). A port picked and closed could be taken
   * meanwhile by any server, a real broker of another stack included, and then this test would
   * publish to it.
   */
  private static final FreePorts.ClosedPort NO_BROKER = FreePorts.reserveClosed();

  @DynamicPropertySource
  static void closedPort(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", NO_BROKER::address);
  }

  @LocalServerPort int port;
  IngestHttp http;

  @BeforeEach
  void setUp() {
    http = new IngestHttp(port);
  }

  @Test
  void answers503WithRetryAfterAndDoesNotAcknowledgeASingleArticle() {
    IngestHttp.Reply reply =
        http.post(
            "/api/v1/articles",
            "application/json",
            ARTICLE.formatted("down-1").getBytes(),
            "down-single");

    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.retryAfter()).isEqualTo("7");
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("detail").asString()).contains("not accepted");
    assertThat(reply.body()).doesNotContain("accepted\"");
  }

  @Test
  void answers503WithRetryAfterToARemovalKafkaDidNotAcknowledge() {
    IngestHttp.Reply reply = http.delete("/api/v1/articles/down-removed", "down-removal");

    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.retryAfter()).isEqualTo("7");
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("detail").asString()).contains("removal", "not accepted");
  }

  @Test
  void answers503ForABatchAndReportsEveryItemNotAccepted() {
    String ndjson = ARTICLE.formatted("down-2") + "\n" + ARTICLE.formatted("down-3") + "\n{bad\n";

    IngestHttp.Reply reply =
        http.post(
            "/api/v1/articles/batch", "application/x-ndjson", ndjson.getBytes(), "down-batch");

    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.retryAfter()).isEqualTo("7");
    JsonNode results = reply.json().get("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("problem").get("status").asInt()).isEqualTo(503);
    assertThat(results.get(1).get("problem").get("status").asInt()).isEqualTo(503);
    assertThat(results.get(2).get("problem").get("status").asInt()).isEqualTo(400);
    assertThat(reply.json().get("accepted").asInt()).isZero();
  }

  @Test
  void answers429WithRetryAfterOverTheKeysRate() {
    byte[] invalid = "{\"body\": \"\"}".getBytes();
    for (int i = 0; i < 3; i++) {
      assertThat(http.post("/api/v1/articles", "application/json", invalid, "rate-key").status())
          .isEqualTo(422);
    }

    IngestHttp.Reply limited =
        http.post("/api/v1/articles", "application/json", invalid, "rate-key");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(Long.parseLong(limited.retryAfter())).isPositive();
    assertThat(limited.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aKeySentAsXApiKeyAndAsBearerDrawsOnOneRateLimit() {
    byte[] invalid = "{\"body\": \"\"}".getBytes();
    int first =
        http.post("/api/v1/articles", "application/json", invalid, "rate-both-key").status();
    int second =
        http.postWithBearer("/api/v1/articles", "application/json", invalid, "rate-both-key")
            .status();
    int third =
        http.post("/api/v1/articles", "application/json", invalid, "rate-both-key").status();
    IngestHttp.Reply fourth =
        http.postWithBearer("/api/v1/articles", "application/json", invalid, "rate-both-key");

    assertThat(List.of(first, second, third)).as("both headers authenticate").containsOnly(422);
    assertThat(fourth.status()).as("the burst of 3 is used up by both together").isEqualTo(429);
  }

  @Test
  void aBatchOfManyArticlesCostsOneTokenOfTheKeysRate() {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      ndjson.append(ARTICLE.formatted("rate-batch-" + i)).append('\n');
    }

    IngestHttp.Reply batch =
        http.post(
            "/api/v1/articles/batch",
            "application/x-ndjson",
            ndjson.toString().getBytes(),
            "rate-batch-key");
    byte[] invalid = "{\"body\": \"\"}".getBytes();
    int second =
        http.post("/api/v1/articles", "application/json", invalid, "rate-batch-key").status();
    int third =
        http.post("/api/v1/articles", "application/json", invalid, "rate-batch-key").status();
    IngestHttp.Reply fourth =
        http.post("/api/v1/articles", "application/json", invalid, "rate-batch-key");

    assertThat(batch.status()).as(batch.body()).isEqualTo(503);
    assertThat(batch.json().get("results")).hasSize(10);
    assertThat(batch.json().get("results"))
        .allSatisfy(r -> assertThat(r.get("problem").get("status").asInt()).isEqualTo(503));
    assertThat(List.of(second, third)).as("burst 3: the batch took one token").containsOnly(422);
    assertThat(fourth.status()).as("the burst is used up").isEqualTo(429);
  }
}
