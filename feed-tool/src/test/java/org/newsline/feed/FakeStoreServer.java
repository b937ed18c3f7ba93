package org.newsline.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server on a free loopback port answering {@code POST /api/v1/articles/presence} as
 * the store does, from the ids the test says are stored; counts the requests and checks the key.
 */
final class FakeStoreServer implements AutoCloseable {

  private final HttpServer server;
  private final Set<String> stored = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();
  private final String key;
  private volatile Runnable onRequest = () -> {};

  FakeStoreServer(String key) throws IOException {
    this.key = key;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/articles/presence", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  void store(String... ids) {
    stored.addAll(Set.of(ids));
  }

  /** Runs before each request is answered (e.g. to store more as time goes on). */
  void onRequest(Runnable action) {
    this.onRequest = action;
  }

  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    onRequest.run();
    JsonNode body = Inputs.JSON.readTree(exchange.getRequestBody().readAllBytes());
    int status;
    ObjectNode reply = Inputs.JSON.createObjectNode();
    if (!key.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
      status = 401;
      reply.put("status", 401).put("detail", "unknown API key");
    } else if (body.path("ids").size() > StoreWatch.CHUNK) {
      status = 400;
      reply.put("status", 400).put("parameter", "ids");
    } else {
      status = 200;
      ArrayNode found = reply.put("asked", body.path("ids").size()).putArray("stored");
      body.path("ids")
          .forEach(
              id -> {
                if (stored.contains(id.asString())) {
                  found.add(id.asString());
                }
              });
    }
    byte[] bytes = Inputs.JSON.writeValueAsBytes(reply);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
