package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.testsupport.FreePorts;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaHalts;
import org.newsline.testsupport.KafkaTestClients;

class LocalKafkaBrokerIT {

  @TempDir Path dataDir;

  @Test
  void keepsItsRecordsAcrossARestartOnTheSamePort() throws Exception {
    Started started = started(dataDir, Map.of());
    LocalKafkaBroker broker = started.broker();
    Infrastructure infrastructure = kafkaOnly(broker);
    try (broker) {
      try (Admin admin =
          Admin.create(
              Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
        admin
            .createTopics(java.util.List.of(new NewTopic("restart-test", 3, (short) 1)))
            .all()
            .get();
      }
      send(broker, "before");

      broker.stop();
      assertThat(broker.isRunning()).isFalse();
      // The client port still taken for a moment, as by something the stopped broker left.
      ServerSocket lingering = listenOn(port(broker));
      CompletableFuture<Void> released =
          CompletableFuture.runAsync(
              () -> close(lingering), CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
      restart(started);
      assertThat(released).isDone();
      send(broker, "after");

      var records =
          KafkaTestClients.readAll(
              infrastructure, "restart-test", 2, Duration.ofSeconds(30), Duration.ofMillis(300));
      assertThat(records)
          .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
          .containsExactlyInAnyOrder("before", "after");
    }
  }

  @Test
  void flushesEveryMessageUnlessAnOverrideSaysOtherwise() throws Exception {
    try (LocalKafkaBroker plain = started(dataDir.resolve("a"), Map.of()).broker()) {
      assertThat(brokerConfig(plain, "log.flush.interval.messages")).isEqualTo("1");
    }
    try (LocalKafkaBroker tuned =
        started(
                dataDir.resolve("b"),
                Map.of("log.flush.interval.messages", Long.toString(Long.MAX_VALUE)))
            .broker()) {
      assertThat(brokerConfig(tuned, "log.flush.interval.messages"))
          .isEqualTo(Long.toString(Long.MAX_VALUE));
    }
  }

  @Test
  void aStartThatFindsAPortTakenStartsAgainOnNewPorts() throws Exception {
    List<ServerSocket> taken = new ArrayList<>();
    AtomicInteger attempts = new AtomicInteger();
    try (LocalKafkaBroker broker =
        FreePorts.startOnFreshPorts(
            2,
            ports -> {
              if (attempts.incrementAndGet() == 1) {
                // Another stack takes the controller port between the pick and the bind.
                taken.add(listenOn(ports[1]));
              }
              return startOrCollide(
                  new LocalKafkaBroker(dataDir.resolve("c"), ports[0], ports[1], 1), ports);
            })) {
      assertThat(attempts).hasValue(2);
      assertThat(broker.isRunning()).isTrue();
      assertThat(brokerConfig(broker, "log.flush.interval.messages")).isEqualTo("1");
    } finally {
      for (ServerSocket socket : taken) {
        socket.close();
      }
    }
  }

  private static ServerSocket listenOn(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return socket;
  }

  private static void close(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int port(LocalKafkaBroker broker) {
    return Integer.parseInt(broker.bootstrapServers().substring("localhost:".length()));
  }

  private static String brokerConfig(LocalKafkaBroker broker, String name) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      ConfigResource node = new ConfigResource(ConfigResource.Type.BROKER, "1");
      return admin.describeConfigs(List.of(node)).all().get().get(node).get(name).value();
    }
  }

  private static void send(LocalKafkaBroker broker, String value) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer
          .send(new ProducerRecord<>("restart-test", value, value.getBytes(StandardCharsets.UTF_8)))
          .get();
    }
  }

  /** A started broker and the ports it was given. */
  private record Started(LocalKafkaBroker broker, int port, int controllerPort) {}

  /**
   * A broker with three partitions per topic, started on picked ports, and on new ones when a port
   * was taken in the meantime. {@link LocalKafkaBroker} takes its ports before it starts: the
   * client port is its {@link LocalKafkaBroker#bootstrapServers()} and the controller's is in
   * {@code controller.quorum.voters}, which a KRaft node needs before it binds anything, so neither
   * can be left to the broker as port 0.
   */
  private static Started started(Path dir, Map<String, String> overrides) {
    return FreePorts.startOnFreshPorts(
        2,
        ports ->
            new Started(
                startOrCollide(new LocalKafkaBroker(dir, ports[0], ports[1], 3, overrides), ports),
                ports[0],
                ports[1]));
  }

  /**
   * Starts a stopped broker again on its ports (clients hold its address), trying again while a
   * port is still taken, for a bounded time: they were the broker's a moment ago.
   */
  private static void restart(Started started) {
    FreePorts.rebindSamePort(
        started.port(),
        () -> startOrCollide(started.broker(), started.port(), started.controllerPort()));
  }

  /**
   * Starts {@code broker}; when that fails, stops what it had started and throws a port collision
   * if one of {@code ports} is taken. A KRaft node that cannot bind a listener does not say so in
   * what it throws: it logs the {@code BindException} and halts the JVM, which {@link KafkaHalts}
   * turns into an exception.
   */
  private static LocalKafkaBroker startOrCollide(LocalKafkaBroker broker, int... ports) {
    KafkaHalts.throwInsteadOfHalting();
    try {
      broker.start(Duration.ofSeconds(60));
      return broker;
    } catch (RuntimeException e) {
      broker.stop(); // a failed start leaves the half-started server behind
      throw FreePorts.collisionOr(e, ports);
    }
  }

  /**
   * A port free a moment ago, never handed out before in this JVM. Racy (another process can take
   * it before it is bound): new tests start their servers through {@link
   * FreePorts#startOnFreshPorts} instead.
   */
  static int freePort() {
    return FreePorts.pick();
  }

  private static Infrastructure kafkaOnly(LocalKafkaBroker broker) {
    return new Infrastructure() {
      @Override
      public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
      }

      @Override
      public String mongoConnectionString() {
        throw new UnsupportedOperationException();
      }

      @Override
      public String name() {
        return "local-stack";
      }
    };
  }
}
