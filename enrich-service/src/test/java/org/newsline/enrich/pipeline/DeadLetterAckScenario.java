package org.newsline.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.pipeline.EnrichInstances.Names;
import org.newsline.model.DeadLetterHeaders;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A poison record's offset is committed only once its dead letter is acknowledged. The broker
 * refuses the dead letter for real for a while: the dead-letter topic's {@code max.message.bytes}
 * is lowered below the size of the letter (its headers alone carry the stack trace), so every
 * attempt is answered RECORD_TOO_LARGE, the poll's transaction rolls back and is retried with
 * back-off, until the limit is raised again. (A {@code min.insync.replicas} above the topic's one
 * replica would not do: the broker caps it at the replication factor.) Runs on the embedded broker
 * and on a real container.
 */
abstract class DeadLetterAckScenario {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  /** How long the offset is watched while the dead-letter topic refuses writes. */
  private static final Duration HELD = Duration.ofSeconds(3);

  /** Far below any dead letter: its exception headers alone take kilobytes. */
  private static final int REFUSING = 100;

  private static final byte[] GARBAGE = {(byte) 0xC3, 0x28, '{', 'x'};

  protected abstract Infrastructure infrastructure();

  @Test
  void commitsAPoisonRecordsOffsetOnlyAfterItsDeadLetterIsAcknowledged() throws Exception {
    Names names = Names.unique();
    EnrichInstances.createTopics(infrastructure(), names);
    try (Admin admin = admin()) {
      // Before the service starts, so that the broker has applied it when the dead letter comes.
      limitMessageBytes(admin, names.rawDlt(), AlterConfigOp.OpType.SET);
      try (ConfigurableApplicationContext service =
          EnrichInstances.startWithoutEngine(
              infrastructure(), names, EnrichInstances.ONE_CONSUMER)) {
        holdsTheOffsetUntilTheDeadLetterIsAcknowledged(admin, names, service);
      }
    }
  }

  private void holdsTheOffsetUntilTheDeadLetterIsAcknowledged(
      Admin admin, Names names, ConfigurableApplicationContext service) throws Exception {
    TopicPartition source = new TopicPartition(names.raw(), 0);
    long poison = send(names.raw(), "poison-1", GARBAGE);
    MeterRegistry meters = service.getBean(MeterRegistry.class);

    // The listener has handed the record to the dead-letter recoverer, and the broker refused it.
    await()
        .atMost(TIMEOUT)
        .untilAsserted(() -> assertThat(rollbacks(meters)).as("polls rolled back").isPositive());
    await()
        .during(HELD)
        .atMost(HELD.plusSeconds(10))
        .untilAsserted(
            () ->
                assertThat(committed(admin, names.group(), source))
                    .as("offset committed on %s while its dead letter is refused", source)
                    .isLessThanOrEqualTo(poison));
    // Refused, not merely slow: the poll rolled back and came again.
    assertThat(rollbacks(meters)).as("polls rolled back").isGreaterThan(1.0);
    assertThat(deadLetters(meters))
        .as("enrich.failures while every dead letter was refused")
        .isZero();
    assertThat(KafkaTestClients.readToEnd(infrastructure(), names.rawDlt(), TIMEOUT))
        .as("dead letters readable while the topic refuses writes")
        .isEmpty();

    limitMessageBytes(admin, names.rawDlt(), AlterConfigOp.OpType.DELETE);

    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () ->
                assertThat(committed(admin, names.group(), source))
                    .as("offset committed on %s once the dead letter is acknowledged", source)
                    .isEqualTo(poison + 1));
    List<ConsumerRecord<String, byte[]>> dead =
        KafkaTestClients.readToEnd(infrastructure(), names.rawDlt(), TIMEOUT);
    assertThat(dead).as("dead letters, read_committed").hasSize(1);
    assertThat(deadLetters(meters))
        .as("enrich.failures after the refused attempts and the one acknowledged")
        .isEqualTo(1.0);
    ConsumerRecord<String, byte[]> letter = dead.get(0);
    assertThat(letter.key()).isEqualTo("poison-1");
    assertThat(letter.partition()).isEqualTo(0);
    assertThat(letter.value()).containsExactly(GARBAGE);
    assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("deserialization");
    assertThat(header(letter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
    assertThat(header(letter, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(names.raw());
    assertThat(header(letter, DeadLetterHeaders.EXCEPTION_MESSAGE)).isNotBlank();
  }

  private Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure().kafkaBootstrapServers()));
  }

  /** Sets the topic's {@code max.message.bytes} to {@link #REFUSING}, or deletes it (default). */
  private static void limitMessageBytes(Admin admin, String topic, AlterConfigOp.OpType op)
      throws Exception {
    admin
        .incrementalAlterConfigs(
            Map.of(
                new ConfigResource(ConfigResource.Type.TOPIC, topic),
                List.of(
                    new AlterConfigOp(
                        new ConfigEntry(
                            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(REFUSING)),
                        op))))
        .all()
        .get();
  }

  /** Sends to partition 0 and returns the record's offset. */
  private long send(String topic, String key, byte[] value) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(infrastructure())) {
      return producer.send(new ProducerRecord<>(topic, 0, key, value)).get().offset();
    }
  }

  /** The group's committed offset on {@code partition}, -1 if none. */
  private static long committed(Admin admin, String group, TopicPartition partition)
      throws Exception {
    OffsetAndMetadata offset =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(partition);
    return offset == null ? -1 : offset.offset();
  }

  /** Dead letters written (counted when their poll's transaction commits). */
  private static double deadLetters(MeterRegistry meters) {
    var counter = meters.find("enrich.failures").tag("reason", "deserialization").counter();
    return counter == null ? 0 : counter.count();
  }

  /** Polls rolled back: here, each one a dead letter the broker refused. */
  private static double rollbacks(MeterRegistry meters) {
    var counter = meters.find("enrich.rollbacks").counter();
    return counter == null ? 0 : counter.count();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
