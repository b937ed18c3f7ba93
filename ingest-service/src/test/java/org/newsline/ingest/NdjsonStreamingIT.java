package org.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsline.model.Topics;
import org.newsline.model.spring.PlatformKafkaProperties;
import org.newsline.testsupport.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The NDJSON batch is read line by line as it streams in, never buffered whole (README): the client
 * sends the first line and holds the rest of the body back until that first article is on {@code
 * articles.raw}. A service that read the whole body before handling its first line could never
 * publish it while the body is unfinished, so the wait for it would end empty. No clock is
 * involved: the wait ends as soon as the record is there.
 */
@EmbeddedIngestContext
class NdjsonStreamingIT {

  private static final String ARTICLE =
      "{\"id\": \"%s\", \"title\": \"Harbour story\", \"body\": \"The port reopened on Monday after"
          + " eleven weeks of repairs, said the harbour master.\"}\n";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired PlatformKafkaProperties kafka;

  @Test
  void publishesTheFirstLineBeforeTheRestOfTheBodyIsSent() throws Exception {
    String run = "stream-" + UUID.randomUUID().toString().substring(0, 8);
    String first = run + "-0";
    HttpURLConnection connection =
        (HttpURLConnection)
            URI.create("http://localhost:" + port + "/api/v1/articles/batch")
                .toURL()
                .openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setChunkedStreamingMode(8 * 1024);
    connection.setRequestProperty("Content-Type", "application/x-ndjson");
    connection.setRequestProperty("X-API-Key", IngestHttp.KEY);
    try {
      OutputStream body = connection.getOutputStream();
      body.write(ARTICLE.formatted(first).getBytes(StandardCharsets.UTF_8));
      body.flush();

      assertThat(
              TopicReader.readKeys(
                  EmbeddedInfrastructure.get(),
                  kafka.nameOf(Topics.ARTICLES_RAW),
                  first::equals,
                  1))
          .as("the first article reached Kafka while the rest of the body was held back")
          .hasSize(1);

      for (int i = 1; i <= 3; i++) {
        body.write(ARTICLE.formatted(run + "-" + i).getBytes(StandardCharsets.UTF_8));
      }
      body.close();
      assertThat(connection.getResponseCode()).isEqualTo(200);
      JsonNode results;
      try (InputStream in = connection.getInputStream()) {
        results = JSON.readTree(in).get("results");
      }
      assertThat(results).hasSize(4);
      assertThat(results)
          .allSatisfy(r -> assertThat(r.get("status").asString()).isEqualTo("accepted"));
    } finally {
      connection.disconnect();
    }
  }
}
