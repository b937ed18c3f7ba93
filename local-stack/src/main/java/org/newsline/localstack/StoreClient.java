package org.newsline.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.newsline.feed.StoreWatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few calls the local stack makes to the ingest and store APIs. */
final class StoreClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final LocalStackSettings settings;
  private final String ingestKey;
  private final String storeKey;

  StoreClient(LocalStackSettings settings, ApiKeyFile keys) {
    this.settings = settings;
    this.ingestKey = ApiKeyFile.first(keys.ingestKeys());
    this.storeKey = ApiKeyFile.first(keys.storeKeys());
  }

  /** Posts NDJSON to the batch endpoint; returns the response body. */
  JsonNode postBatch(byte[] ndjson) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.ingestUrl() + "/api/v1/articles/batch"))
            .header("Content-Type", "application/x-ndjson")
            .header("X-API-Key", ingestKey)
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("ingest answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** Follows acknowledged articles to the store with its presence endpoint. */
  StoreWatch watch() {
    return new StoreWatch(URI.create(settings.storeUrl()), storeKey);
  }

  /** True when the store has the article. */
  boolean isStored(String id) throws IOException, InterruptedException {
    return get("/api/v1/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)).statusCode()
        == 200;
  }

  /** GET on the store API; the body as JSON. */
  JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != 200) {
      throw new IOException(
          "store answered "
              + response.statusCode()
              + " to "
              + pathAndQuery
              + ": "
              + response.body());
    }
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.storeUrl() + pathAndQuery))
            .header("X-API-Key", storeKey)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
