package org.newsline.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller), run in
 * this JVM from Kafka's own server classes. Its log directory survives {@link #stop()} and a
 * restart of the process: the storage is formatted once, on first start.
 */
public final class LocalKafkaBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);
  private static final int NODE_ID = 1;

  private final Path dataDir;
  private final int port;
  private final int controllerPort;
  private final int defaultPartitions;
  private final Map<String, String> overrides;
  private KafkaRaftServer server;

  /**
   * @param dataDir log directory (created if missing)
   * @param port client port ({@code PLAINTEXT://localhost:port})
   * @param controllerPort KRaft controller port, local only
   * @param defaultPartitions partitions of topics created without an explicit count
   */
  public LocalKafkaBroker(Path dataDir, int port, int controllerPort, int defaultPartitions) {
    this(dataDir, port, controllerPort, defaultPartitions, Map.of());
  }

  /**
   * As {@link #LocalKafkaBroker(Path, int, int, int)}, with broker properties that replace this
   * class's choices (for example {@code log.flush.interval.messages}: this broker flushes every
   * message to disk, since it has no replica to recover from; a benchmark that wants a production
   * broker's behaviour sets Kafka's default back).
   */
  public LocalKafkaBroker(
      Path dataDir,
      int port,
      int controllerPort,
      int defaultPartitions,
      Map<String, String> overrides) {
    this.dataDir = dataDir.toAbsolutePath();
    this.port = port;
    this.controllerPort = controllerPort;
    this.defaultPartitions = defaultPartitions;
    this.overrides = Map.copyOf(overrides);
  }

  /** {@code bootstrap.servers} for clients. */
  public String bootstrapServers() {
    return "localhost:" + port;
  }

  /** Formats the storage if it is new, starts the broker and waits until it serves metadata. */
  public synchronized void start(Duration readyTimeout) {
    if (server != null) {
      return;
    }
    long started = System.nanoTime();
    KafkaConfig config = new KafkaConfig(config(), false);
    formatIfNew();
    server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    awaitReady(readyTimeout);
    log.info(
        "Kafka broker ready on {} in {} ms (data: {})",
        bootstrapServers(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
        dataDir);
  }

  /** Stops the broker cleanly; its data stays on disk. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    server.shutdown();
    server.awaitShutdown();
    server = null;
    log.info("Kafka broker on {} stopped", bootstrapServers());
  }

  /** True between {@link #start} and {@link #stop}. */
  public synchronized boolean isRunning() {
    return server != null;
  }

  @Override
  public void close() {
    stop();
  }

  private Map<String, Object> config() {
    Map<String, Object> config = new HashMap<>();
    config.put("process.roles", "broker,controller");
    config.put("node.id", Integer.toString(NODE_ID));
    config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    config.put(
        "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
    config.put("controller.listener.names", "CONTROLLER");
    config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("log.dirs", dataDir.toString());
    config.put("num.partitions", Integer.toString(defaultPartitions));
    config.put("offsets.topic.replication.factor", "1");
    config.put("offsets.topic.num.partitions", "6");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("transaction.state.log.num.partitions", "6");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    config.put("auto.create.topics.enable", "false");
    config.put("log.flush.interval.messages", "1");
    config.putAll(overrides);
    return config;
  }

  private void formatIfNew() {
    if (KraftStorage.isFormatted(dataDir)) {
      return;
    }
    KraftStorage.format(dataDir, NODE_ID, List.of());
    log.info("Formatted new Kafka storage in {}", dataDir);
  }

  private void awaitReady(Duration timeout) {
    KraftStorage.awaitReady(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
        timeout,
        "Kafka broker on " + bootstrapServers());
  }
}
