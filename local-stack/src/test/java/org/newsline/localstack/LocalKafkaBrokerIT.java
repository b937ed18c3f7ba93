package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;

class LocalKafkaBrokerIT {

  @TempDir Path dataDir;

  @Test
  void keepsItsRecordsAcrossARestartOnTheSamePort() throws Exception {
    LocalKafkaBroker broker = new LocalKafkaBroker(dataDir, freePort(), freePort(), 3);
    Infrastructure infrastructure = kafkaOnly(broker);
    try (broker) {
      broker.start(Duration.ofSeconds(60));
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
      broker.start(Duration.ofSeconds(60));
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
    try (LocalKafkaBroker plain =
        new LocalKafkaBroker(dataDir.resolve("a"), freePort(), freePort(), 1)) {
      plain.start(Duration.ofSeconds(60));
      assertThat(brokerConfig(plain, "log.flush.interval.messages")).isEqualTo("1");
    }
    try (LocalKafkaBroker tuned =
        new LocalKafkaBroker(
            dataDir.resolve("b"),
            freePort(),
            freePort(),
            1,
            Map.of("log.flush.interval.messages", Long.toString(Long.MAX_VALUE)))) {
      tuned.start(Duration.ofSeconds(60));
      assertThat(brokerConfig(tuned, "log.flush.interval.messages"))
          .isEqualTo(Long.toString(Long.MAX_VALUE));
    }
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

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
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
