package org.newsline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the service under test; bodies are sent as given, byte for byte. */
public final class IngestHttp {

  public static final String KEY = "it-key";
  public static final String MANAGEMENT_KEY = "it-management-key";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public IngestHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  public String base() {
    return base;
  }

  /** A response with its body parsed as JSON (null when not JSON). */
  public record Reply(int status, String contentType, String retryAfter, String body) {
    public JsonNode json() {
      return body == null || body.isBlank() ? null : JSON.readTree(body);
    }
  }

  public Reply post(String path, String contentType, String body) {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), KEY);
  }

  /**
   * As {@link #post(String, String, byte[], String)}, the key sent as {@code Authorization:
   * Bearer}.
   */
  public Reply postWithBearer(String path, String contentType, byte[] body, String key) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .header("Authorization", "Bearer " + key)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public Reply post(String path, String contentType, byte[] body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return send(request.build());
  }

  /** {@code DELETE path} with the key as {@code X-API-Key} (none when null). */
  public Reply delete(String path, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).DELETE();
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return send(request.build());
  }

  public Reply get(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return send(request.build());
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.headers().firstValue("Retry-After").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
