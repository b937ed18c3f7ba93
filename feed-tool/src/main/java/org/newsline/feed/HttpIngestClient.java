package org.newsline.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Posts NDJSON batches to {@code /api/v1/articles/batch} with Java's HTTP client. */
final class HttpIngestClient implements IngestClient {

  private final HttpClient client;
  private final URI batchUri;
  private final String apiKey;
  private final Duration timeout;

  HttpIngestClient(URI serviceUrl, String apiKey, Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String base = serviceUrl.toString().replaceAll("/+$", "");
    this.batchUri = URI.create(base + "/api/v1/articles/batch");
    this.apiKey = apiKey;
    this.timeout = timeout;
  }

  @Override
  public Reply sendBatch(List<FeedItem> items) throws IOException, InterruptedException {
    StringBuilder ndjson = new StringBuilder();
    for (FeedItem item : items) {
      ndjson.append(item.json()).append('\n');
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(batchUri)
            .timeout(timeout)
            .header("Content-Type", "application/x-ndjson")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString(), StandardCharsets.UTF_8));
    if (apiKey != null && !apiKey.isBlank()) {
      request.header("X-API-Key", apiKey);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    long retryAfter =
        response.headers().firstValue("Retry-After").map(HttpIngestClient::seconds).orElse(-1L);
    JsonNode body = null;
    try {
      body = response.body().isBlank() ? null : Inputs.JSON.readTree(response.body());
    } catch (JacksonException e) {
      body = null;
    }
    return new Reply(response.statusCode(), retryAfter, body);
  }

  private static long seconds(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
