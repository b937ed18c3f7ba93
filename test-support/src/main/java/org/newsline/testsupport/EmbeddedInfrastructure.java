package org.newsline.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real in-process KRaft Kafka broker (spring-kafka-test) and a MongoDB wire-protocol server
 * ({@code mongo-java-server}, in memory), started once per JVM on first use and stopped when the
 * JVM exits. Clients talk to both over TCP exactly as they would to the real servers.
 *
 * <p>Tests sharing this instance must not share data: take topic and database names from {@link
 * UniqueNames}.
 *
 * <p>Known limits of the MongoDB stand-in: no {@code $text} search, no transactions or sessions,
 * non-unique secondary indexes and {@code partialFilterExpression} are ignored, no Stable API
 * ({@code serverApi}) handshake.
 */
public final class EmbeddedInfrastructure implements Infrastructure {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
  private static final int DEFAULT_PARTITIONS = 6;

  private static EmbeddedInfrastructure instance;

  private final EmbeddedKafkaKraftBroker kafka;
  private final MongoServer mongo;
  private final String mongoConnectionString;

  private EmbeddedInfrastructure() {
    long started = System.nanoTime();
    kafka = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
    kafka.brokerProperties(
        Map.of(
            // Transactions on a single broker (the enrich service writes transactionally).
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "offsets.topic.replication.factor", "1",
            "auto.create.topics.enable", "false",
            "group.initial.rebalance.delay.ms", "0"));
    kafka.afterPropertiesSet();
    mongo = new MongoServer(new MemoryBackend());
    InetSocketAddress address = mongo.bind();
    mongoConnectionString = "mongodb://127.0.0.1:" + address.getPort();
    log.info(
        "Embedded infrastructure up in {} ms: kafka={} mongo={}",
        (System.nanoTime() - started) / 1_000_000,
        kafka.getBrokersAsString(),
        mongoConnectionString);
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-infrastructure-stop"));
  }

  /** The JVM's shared instance, started on first call. */
  public static synchronized EmbeddedInfrastructure get() {
    if (instance == null) {
      instance = new EmbeddedInfrastructure();
    }
    return instance;
  }

  @Override
  public String kafkaBootstrapServers() {
    return kafka.getBrokersAsString();
  }

  @Override
  public String mongoConnectionString() {
    return mongoConnectionString;
  }

  @Override
  public String name() {
    return "embedded";
  }

  /** The broker itself, for tests that need its admin client. */
  public EmbeddedKafkaKraftBroker kafka() {
    return kafka;
  }

  private void stop() {
    try {
      mongo.shutdownNow();
    } finally {
      kafka.destroy();
    }
  }
}
