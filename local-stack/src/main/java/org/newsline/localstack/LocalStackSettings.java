package org.newsline.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a local stack keeps its data and which ports it binds.
 *
 * @param dataDir Kafka log, MongoDB file and the generated API key live under it
 * @param kafkaPort Kafka client port (default 9092)
 * @param kafkaControllerPort KRaft controller port, local only (default 9093)
 * @param mongoPort MongoDB stand-in port (default 27017)
 * @param ingestPort ingest service (default 8081)
 * @param enrichPort enrich service (default 8082)
 * @param storePort store service (default 8083)
 */
public record LocalStackSettings(
    Path dataDir,
    int kafkaPort,
    int kafkaControllerPort,
    int mongoPort,
    int ingestPort,
    int enrichPort,
    int storePort) {

  /** The defaults of the README's command. */
  public static LocalStackSettings defaults() {
    return new LocalStackSettings(Path.of(".local-stack"), 9092, 9093, 27017, 8081, 8082, 8083);
  }

  /** These settings as {@code ./run-local}'s options ({@code --data-dir=...}, every port). */
  public List<String> arguments() {
    return List.of(
        "--data-dir=" + dataDir,
        "--kafka-port=" + kafkaPort,
        "--kafka-controller-port=" + kafkaControllerPort,
        "--mongo-port=" + mongoPort,
        "--ingest-port=" + ingestPort,
        "--enrich-port=" + enrichPort,
        "--store-port=" + storePort);
  }

  List<Ports.Need> portNeeds() {
    return List.of(
        new Ports.Need("Kafka", kafkaPort, "--kafka-port"),
        new Ports.Need("Kafka controller", kafkaControllerPort, "--kafka-controller-port"),
        new Ports.Need("MongoDB stand-in", mongoPort, "--mongo-port"),
        new Ports.Need("ingest service", ingestPort, "--ingest-port"),
        new Ports.Need("enrich service", enrichPort, "--enrich-port"),
        new Ports.Need("store service", storePort, "--store-port"));
  }

  List<Ports.Need> servicePortNeeds() {
    return portNeeds().subList(3, 6);
  }

  /** {@code http://localhost:<port>} of the ingest service. */
  public String ingestUrl() {
    return "http://localhost:" + ingestPort;
  }

  /** {@code http://localhost:<port>} of the store service. */
  public String storeUrl() {
    return "http://localhost:" + storePort;
  }

  /** {@code http://localhost:<port>} of the enrich service. */
  public String enrichUrl() {
    return "http://localhost:" + enrichPort;
  }
}
