package org.newsline.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Follows acknowledged articles to the store: the ids ingest acknowledged that the store does not
 * hold yet, asked for with the store's {@code POST /api/v1/articles/presence} ({@value #CHUNK} ids
 * per request), each id dropped once it is stored.
 */
public final class StoreWatch {

  /** Ids per presence request: the store's limit. */
  static final int CHUNK = 1000;

  private final HttpClient client;
  private final URI presenceUri;
  private final String apiKey;
  private final Set<String> pending = new LinkedHashSet<>();
  private long acknowledged;
  private long stored;

  /**
   * @param storeUrl the store service, e.g. {@code http://localhost:8083}
   * @param apiKey a key the store's read API takes
   */
  public StoreWatch(URI storeUrl, String apiKey) {
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.presenceUri =
        URI.create(storeUrl.toString().replaceAll("/+$", "") + "/api/v1/articles/presence");
    this.apiKey = apiKey;
  }

  /** An id ingest acknowledged (accepted, or a duplicate of one it had): to be followed. */
  public synchronized void acknowledged(String id) {
    if (pending.add(id)) {
      acknowledged++;
    }
  }

  /** Ids acknowledged so far, each once. */
  public synchronized long acknowledgedCount() {
    return acknowledged;
  }

  /** Of those, the ones the store was seen holding. */
  public synchronized long storedCount() {
    return stored;
  }

  /** Asks the store about every pending id; returns the stored count after it. */
  public long poll() throws IOException, InterruptedException {
    List<String> ask;
    synchronized (this) {
      ask = new ArrayList<>(pending);
    }
    for (int from = 0; from < ask.size(); from += CHUNK) {
      List<String> found = storedOf(ask.subList(from, Math.min(ask.size(), from + CHUNK)));
      synchronized (this) {
        for (String id : found) {
          if (pending.remove(id)) {
            stored++;
          }
        }
      }
    }
    return storedCount();
  }

  /**
   * Asks the store every {@code every} until it holds every acknowledged id or {@code timeout}
   * passes, handing each look's progress to {@code onLook}; returns the last look.
   */
  public StoreProgress awaitAll(Duration timeout, Duration every, Consumer<StoreProgress> onLook)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    long atStart = -1;
    while (true) {
      long now = poll();
      atStart = atStart < 0 ? now : atStart;
      StoreProgress look =
          new StoreProgress(
              now, acknowledgedCount(), Duration.ofNanos(System.nanoTime() - started), atStart);
      onLook.accept(look);
      if (look.done() || System.nanoTime() - deadline >= 0) {
        return look;
      }
      Thread.sleep(every.toMillis());
    }
  }

  private List<String> storedOf(List<String> ids) throws IOException, InterruptedException {
    ObjectNode body = Inputs.JSON.createObjectNode();
    ArrayNode array = body.putArray("ids");
    ids.forEach(array::add);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(presenceUri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    if (apiKey != null && !apiKey.isBlank()) {
      request.header("X-API-Key", apiKey);
    }
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException(
          "the store answered "
              + response.statusCode()
              + " at "
              + presenceUri
              + ": "
              + response.body());
    }
    List<String> found = new ArrayList<>();
    JsonNode reply = Inputs.JSON.readTree(response.body());
    reply.path("stored").forEach(id -> found.add(id.asString()));
    return found;
  }
}
