package org.newsline.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A real HTTP server from the JDK on a free port of {@code localhost} (the address the stack's
 * clients call), standing in for the ingest or store API: each path prefix has a handler that turns
 * the request into an answer, and every request is recorded.
 */
final class FakeHttp implements AutoCloseable {

  /** A request as received. */
  record Request(String method, String pathAndQuery, String apiKey, String body) {}

  /** An answer: status and JSON body. */
  record Answer(int status, String json) {}

  private final HttpServer server;
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  FakeHttp() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("localhost"), 0), 0);
    server.start();
  }

  /** Answers every request whose path starts with {@code pathPrefix} with {@code answer}. */
  FakeHttp on(String pathPrefix, Function<Request, Answer> answer) {
    server.createContext(pathPrefix, exchange -> handle(exchange, answer));
    return this;
  }

  int port() {
    return server.getAddress().getPort();
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void handle(HttpExchange exchange, Function<Request, Answer> answer) throws IOException {
    try (exchange) {
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().toString(),
              exchange.getRequestHeaders().getFirst("X-API-Key"),
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      requests.add(request);
      Answer reply = answer.apply(request);
      byte[] body = reply.json().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
