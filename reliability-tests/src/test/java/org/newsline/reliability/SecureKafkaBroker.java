package org.newsline.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.newsline.localstack.KraftStorage;

/**
 * A real single-node KRaft broker (Kafka's own server classes, in this JVM) whose only client
 * listener is {@code SASL_SSL} with SCRAM-SHA-512, and which authorizes every request with Kafka's
 * {@code StandardAuthorizer} (no ACL, no access). The SCRAM credentials of every principal are
 * written into the metadata log when the storage is formatted, as {@code kafka-storage format
 * --add-scram} does, so the broker can authenticate its own inter-broker client and the test's
 * admin from the first second. The controller listener is plain text on localhost only: its
 * principal ({@code ANONYMOUS}) is a super user so the combined node can talk to itself. ({@code
 * LocalKafkaBroker} of local-stack is plain text only, so this test has its own.)
 */
final class SecureKafkaBroker implements AutoCloseable {

  private static final int NODE_ID = 1;

  private final Path dataDir;
  private final int port;
  private final int controllerPort;
  private final TlsMaterial tls;
  private final Map<String, String> passwords;
  private KafkaRaftServer server;

  /**
   * @param passwords SCRAM password per principal; must hold {@link SecureKafka#ADMIN}
   */
  SecureKafkaBroker(
      Path dataDir, int port, int controllerPort, TlsMaterial tls, Map<String, String> passwords) {
    this.dataDir = dataDir.toAbsolutePath();
    this.port = port;
    this.controllerPort = controllerPort;
    this.tls = tls;
    this.passwords = Map.copyOf(passwords);
  }

  SecureKafka start(Duration readyTimeout) throws Exception {
    KraftStorage.format(dataDir, NODE_ID, scramArguments(passwords));
    server = new KafkaRaftServer(new KafkaConfig(config(), false), Time.SYSTEM);
    server.startup();
    SecureKafka kafka = new SecureKafka("localhost:" + port, tls, passwords);
    kafka.awaitReady(readyTimeout);
    return kafka;
  }

  /** As {@code kafka-storage format --add-scram} takes them, one per principal. */
  static List<String> scramArguments(Map<String, String> passwords) {
    return passwords.entrySet().stream()
        .map(
            e -> SecureKafka.MECHANISM + "=[name=" + e.getKey() + ",password=" + e.getValue() + "]")
        .toList();
  }

  @Override
  public void close() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
  }

  private Map<String, Object> config() {
    return config(
        "localhost",
        port,
        controllerPort,
        tls.keyStore().toString(),
        tls.trustStore().toString(),
        tls.password(),
        passwords.get(SecureKafka.ADMIN),
        dataDir.toString());
  }

  /**
   * The broker's configuration, shared with the container variant (which listens on all interfaces
   * and has the stores at other paths).
   */
  static Map<String, Object> config(
      String listenHost,
      int port,
      int controllerPort,
      String keyStore,
      String trustStore,
      String tlsPassword,
      String adminPassword,
      String logDir) {
    Map<String, Object> c = new HashMap<>();
    c.put("process.roles", "broker,controller");
    c.put("node.id", Integer.toString(NODE_ID));
    c.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    c.put(
        "listeners",
        "SASL_SSL://" + listenHost + ":" + port + ",CONTROLLER://localhost:" + controllerPort);
    c.put("advertised.listeners", "SASL_SSL://localhost:" + port);
    c.put("controller.listener.names", "CONTROLLER");
    c.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
    c.put("inter.broker.listener.name", "SASL_SSL");
    // Authentication: SCRAM over TLS, the broker's own client as the admin principal.
    c.put("sasl.enabled.mechanisms", SecureKafka.MECHANISM);
    c.put("sasl.mechanism.inter.broker.protocol", SecureKafka.MECHANISM);
    c.put(
        "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
        SecureKafka.jaas(SecureKafka.ADMIN, adminPassword));
    c.put("ssl.keystore.location", keyStore);
    c.put("ssl.keystore.password", tlsPassword);
    c.put("ssl.key.password", tlsPassword);
    c.put("ssl.keystore.type", TlsMaterial.TYPE);
    c.put("ssl.truststore.location", trustStore);
    c.put("ssl.truststore.password", tlsPassword);
    c.put("ssl.truststore.type", TlsMaterial.TYPE);
    // Authorization: ACLs in the metadata log; nothing is allowed that no ACL grants.
    c.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    c.put("super.users", "User:" + SecureKafka.ADMIN + ";User:ANONYMOUS");
    c.put("allow.everyone.if.no.acl.found", "false");
    c.put("log.dirs", logDir);
    c.put("num.partitions", "2");
    c.put("offsets.topic.replication.factor", "1");
    c.put("offsets.topic.num.partitions", "2");
    c.put("transaction.state.log.replication.factor", "1");
    c.put("transaction.state.log.min.isr", "1");
    c.put("transaction.state.log.num.partitions", "2");
    c.put("share.coordinator.state.topic.replication.factor", "1");
    c.put("share.coordinator.state.topic.min.isr", "1");
    c.put("group.initial.rebalance.delay.ms", "0");
    c.put("auto.create.topics.enable", "false");
    return c;
  }
}
