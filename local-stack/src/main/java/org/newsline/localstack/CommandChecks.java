package org.newsline.localstack;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with {@code ./run-local}'s options, checked before anything starts (a port out of
 * range would otherwise surface as a stack trace from a server's bind, a missing {@code --feed}
 * path only after the whole stack had started). Malformed values ({@code --kafka-port=abc}) are
 * picocli's: it names the option and exits with 2 as well.
 */
final class CommandChecks {

  private CommandChecks() {}

  /** One line per problem, naming the option; empty when the options are usable. */
  static List<String> problems(LocalStackCommand c) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("--kafka-port", c.kafkaPort);
    ports.put("--kafka-controller-port", c.kafkaControllerPort);
    ports.put("--mongo-port", c.mongoPort);
    ports.put("--ingest-port", c.ingestPort);
    ports.put("--enrich-port", c.enrichPort);
    ports.put("--store-port", c.storePort);
    if (c.withPrometheus) {
      ports.put("--prometheus-port", c.prometheusPort);
    }
    Map<Integer, String> owner = new LinkedHashMap<>();
    ports.forEach(
        (option, port) -> {
          if (port < 1 || port > 65535) {
            problems.add(option + "=" + port + " is not a port: choose one from 1 to 65535.");
          } else if (owner.containsKey(port)) {
            problems.add(
                option
                    + "="
                    + port
                    + " is the port of "
                    + owner.get(port)
                    + " too: choose another.");
          } else {
            owner.put(port, option);
          }
        });
    if (c.feed != null && !Files.isReadable(c.feed)) {
      problems.add(
          "--feed "
              + c.feed
              + ": "
              + (Files.exists(c.feed) ? "cannot be read" : "no such file or directory")
              + " (resolved to "
              + c.feed.toAbsolutePath().normalize()
              + ").");
    }
    if (c.storeTimeout.isNegative() || c.storeTimeout.isZero()) {
      problems.add("--store-timeout=" + c.storeTimeout + " must be longer than zero.");
    }
    return problems;
  }
}
