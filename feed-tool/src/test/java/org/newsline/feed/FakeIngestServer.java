package org.newsline.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server on a free loopback port that answers {@code POST /api/v1/articles/batch} the
 * way the ingest service does: each request gets the next scripted answer (then "all accepted"),
 * and every request is recorded with the moment it arrived and the moment its answer was sent.
 */
final class FakeIngestServer implements AutoCloseable {

  /** A request as received: the items of its NDJSON body and its API key. */
  record Request(List<JsonNode> items, String apiKey, long arrivedNanos) {
    List<String> ids() {
      return items.stream().map(item -> item.get("id").asString()).toList();
    }
  }

  /** An answer: status, Retry-After in seconds (or -1 for none) and the JSON body. */
  record Answer(int status, long retryAfterSeconds, JsonNode body) {}

  private final HttpServer server;
  private final Queue<Function<List<JsonNode>, Answer>> script = new ConcurrentLinkedQueue<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> answeredNanos = Collections.synchronizedList(new ArrayList<>());

  FakeIngestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/articles/batch", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next request gets this answer. */
  FakeIngestServer then(Function<List<JsonNode>, Answer> answer) {
    script.add(answer);
    return this;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** When the answer to request {@code n} (0-based) started to be written. */
  long answeredNanos(int n) {
    return answeredNanos.get(n);
  }

  private void handle(HttpExchange exchange) throws IOException {
    long arrived = System.nanoTime();
    List<JsonNode> items = new ArrayList<>();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    for (String line : body.split("\n")) {
      if (!line.isBlank()) {
        items.add(Inputs.JSON.readTree(line));
      }
    }
    requests.add(new Request(items, exchange.getRequestHeaders().getFirst("X-API-Key"), arrived));
    Function<List<JsonNode>, Answer> next = script.poll();
    Answer answer = next == null ? ok(items, i -> "accepted") : next.apply(items);
    byte[] bytes = Inputs.JSON.writeValueAsBytes(answer.body());
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (answer.retryAfterSeconds() >= 0) {
      exchange.getResponseHeaders().add("Retry-After", Long.toString(answer.retryAfterSeconds()));
    }
    answeredNanos.add(System.nanoTime());
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * A 200 answer as the ingest service gives it, one result per item: {@code "accepted"}, {@code
   * "duplicate"}, or a status code for a rejected item (503 when Kafka did not take it).
   */
  static Answer ok(List<JsonNode> items, IntFunction<String> outcome) {
    return new Answer(200, -1, results(items, outcome));
  }

  /** 200 with some items not taken by Kafka and Retry-After, as the service answers then. */
  static Answer partly(List<JsonNode> items, IntFunction<String> outcome, long retryAfter) {
    return new Answer(200, retryAfter, results(items, outcome));
  }

  /** The service's 503 when Kafka took none of the batch: a problem with every item's result. */
  static Answer unavailable(List<JsonNode> items, long retryAfter) {
    ObjectNode problem = results(items, i -> "503");
    problem.put("status", 503).put("detail", "Kafka did not acknowledge the articles in time.");
    return new Answer(503, retryAfter, problem);
  }

  private static ObjectNode results(List<JsonNode> items, IntFunction<String> outcome) {
    ObjectNode body = Inputs.JSON.createObjectNode();
    ArrayNode results = body.putArray("results");
    for (int i = 0; i < items.size(); i++) {
      ObjectNode result = results.addObject().put("index", i);
      JsonNode id = items.get(i).get("id");
      if (id != null) {
        result.put("id", id.asString());
      }
      String o = outcome.apply(i);
      if (o.equals("accepted") || o.equals("duplicate")) {
        result.put("status", o);
      } else {
        int status = Integer.parseInt(o);
        result.put("status", "rejected");
        result.putObject("problem").put("status", status).put("detail", "problem " + status);
      }
    }
    return body;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
