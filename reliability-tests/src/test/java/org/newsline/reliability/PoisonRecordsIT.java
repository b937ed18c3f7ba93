package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsline.reliability.Pipeline.header;
import static org.newsline.reliability.Pipeline.intHeader;
import static org.newsline.reliability.Pipeline.longHeader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsline.model.DeadLetterHeaders;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.testsupport.KafkaTestClients;

/**
 * Poison records of every kind on {@code articles.raw} (read by enrich) and {@code
 * articles.enriched} (read by store): each lands exactly once on its dead-letter topic with headers
 * naming the reason, the exception and where it came from, and a good record sent after them on the
 * same partition is still enriched and stored: a bad record never stalls a stream.
 */
class PoisonRecordsIT {

  /** All on one partition: the good record must be read past every poison one. */
  private static final int PARTITION = 0;

  private static final String HUGE_BODY = "Lorem ipsum dolor sit amet. ".repeat(15_000);

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  @Test
  void everyPoisonRecordOnTheRawTopicIsDeadLetteredWithItsReasonAndEnrichContinues() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String good = "poison-raw-good-" + run;
    EventSerializer<Object> json = new EventSerializer<>();
    String topic = Pipeline.rawTopic();

    Map<Poison, String> expectedReasons = new LinkedHashMap<>();
    expectedReasons.put(
        new Poison("invalid-json", "raw-invalid-" + run, utf8("{\"id\":\"x\",\"body\":")),
        "deserialization");
    expectedReasons.put(
        new Poison(
            "wrong-schema-version",
            "raw-v2-" + run,
            schemaVersionTwo(json.serialize(topic, Pipeline.raw("raw-v2-" + run, Pipeline.BODY)))),
        "schema-version");
    expectedReasons.put(
        new Poison(
            "huge-body",
            "raw-huge-" + run,
            json.serialize(topic, Pipeline.raw("raw-huge-" + run, HUGE_BODY))),
        "too-large");
    expectedReasons.put(new Poison("binary", "raw-binary-" + run, garbage(run)), "deserialization");
    // No record without a key reaches articles.raw: it is compacted, and the broker refuses one
    // (a tombstone with a key is a removal, passed on; RemovalIT, EnrichFlowIT).
    assertThatThrownBy(() -> send(topic, null, utf8("not json at all")))
        .hasRootCauseInstanceOf(InvalidRecordException.class);

    Map<Long, Poison> sent = sendAll(topic, expectedReasons.keySet());
    send(topic, good, json.serialize(topic, Pipeline.raw(good, Pipeline.BODY)));

    assertDeadLettered(Pipeline.rawDltTopic(), topic, sent, expectedReasons);
    Pipeline.awaitStored(good, Duration.ofSeconds(90));
  }

  @Test
  void everyPoisonRecordOnTheEnrichedTopicIsDeadLetteredWithItsReasonAndStoreContinues() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String good = "poison-enriched-good-" + run;
    EventSerializer<Object> json = new EventSerializer<>();
    String topic = Pipeline.enrichedTopic();

    Map<Poison, String> expectedReasons = new LinkedHashMap<>();
    expectedReasons.put(
        new Poison("invalid-json", "enr-invalid-" + run, utf8("{\"schemaVersion\":1,")),
        "deserialization");
    expectedReasons.put(
        new Poison(
            "wrong-schema-version",
            "enr-v2-" + run,
            schemaVersionTwo(
                json.serialize(topic, Pipeline.enriched("enr-v2-" + run, Pipeline.BODY)))),
        "schema-version");
    expectedReasons.put(
        new Poison(
            "huge-body",
            "enr-huge-" + run,
            json.serialize(topic, Pipeline.enriched("enr-huge-" + run, HUGE_BODY))),
        "too-large");
    expectedReasons.put(new Poison("binary", "enr-binary-" + run, garbage(run)), "deserialization");
    expectedReasons.put(new Poison("null-key", null, utf8("<html>nope</html>")), "deserialization");
    // Valid JSON, but no BSON field name can hold a NUL: once stalled the store for good.
    expectedReasons.put(
        new Poison(
            "nul-in-metadata-key",
            "enr-nul-" + run,
            json.serialize(
                topic, withMetadata(Pipeline.enriched("enr-nul-" + run, Pipeline.BODY)))),
        "validation");
    expectedReasons.put(new Poison("tombstone", null, null), "validation");

    Map<Long, Poison> sent = sendAll(topic, expectedReasons.keySet());
    send(topic, good, json.serialize(topic, Pipeline.enriched(good, Pipeline.BODY)));

    assertDeadLettered(Pipeline.enrichedDltTopic(), topic, sent, expectedReasons);
    Pipeline.awaitStored(good, Duration.ofSeconds(60));
    assertThat(Pipeline.storedDocument("enr-huge-" + run)).isNull();
    assertThat(Pipeline.storedDocument("enr-v2-" + run)).isNull();
  }

  private static void assertDeadLettered(
      String dltTopic, String topic, Map<Long, Poison> sent, Map<Poison, String> reasons) {
    List<ConsumerRecord<String, byte[]>> dead =
        Pipeline.readMatching(
            dltTopic,
            r ->
                topic.equals(header(r, DeadLetterHeaders.ORIGINAL_TOPIC))
                    && Integer.valueOf(PARTITION)
                        .equals(intHeader(r, DeadLetterHeaders.ORIGINAL_PARTITION))
                    && sent.containsKey(longHeader(r, DeadLetterHeaders.ORIGINAL_OFFSET)),
            found -> found.size() >= sent.size(),
            Duration.ofSeconds(90),
            Duration.ofSeconds(2));

    assertThat(dead.stream().map(r -> sent.get(longHeader(r, DeadLetterHeaders.ORIGINAL_OFFSET))))
        .as("one dead letter per poison record, no more")
        .containsExactlyInAnyOrderElementsOf(sent.values());
    for (ConsumerRecord<String, byte[]> record : dead) {
      Poison poison = sent.get(longHeader(record, DeadLetterHeaders.ORIGINAL_OFFSET));
      assertThat(header(record, DeadLetterHeaders.REASON))
          .as("reason of %s", poison.kind())
          .isEqualTo(reasons.get(poison));
      assertThat(header(record, DeadLetterHeaders.EXCEPTION_CLASS))
          .as("exception class of %s", poison.kind())
          .isNotBlank();
      assertThat(header(record, DeadLetterHeaders.ATTEMPTS)).as(poison.kind()).isNotBlank();
      assertThat(record.partition()).as("same partition").isEqualTo(PARTITION);
      assertThat(record.key()).as("key of %s", poison.kind()).isEqualTo(poison.key());
      if (poison.value() == null) {
        assertThat(record.value()).as(poison.kind()).isNull();
      } else {
        assertThat(record.value())
            .as("value of %s unchanged", poison.kind())
            .isEqualTo(poison.value());
      }
    }
  }

  private static Map<Long, Poison> sendAll(String topic, Iterable<Poison> poisons) {
    Map<Long, Poison> sent = new LinkedHashMap<>();
    for (Poison poison : poisons) {
      sent.put(send(topic, poison.key(), poison.value()).offset(), poison);
    }
    return sent;
  }

  private static RecordMetadata send(String topic, String key, byte[] value) {
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(SharedStack.infrastructure())) {
      return producer.send(new ProducerRecord<>(topic, PARTITION, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] schemaVersionTwo(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    assertThat(text).contains("\"schemaVersion\":1");
    return utf8(text.replace("\"schemaVersion\":1", "\"schemaVersion\":2"));
  }

  private static org.newsline.model.EnrichedArticle withMetadata(
      org.newsline.model.EnrichedArticle a) {
    return new org.newsline.model.EnrichedArticle(
        a.schemaVersion(),
        a.id(),
        a.source(),
        a.url(),
        a.title(),
        a.body(),
        a.language(),
        a.publishedAt(),
        a.receivedAt(),
        a.contentHash(),
        a.removedLines(),
        Map.of("desk\u0000", "city"),
        a.enrichedAt(),
        a.enrichment(),
        a.entities(),
        a.figures(),
        a.dates());
  }

  private static byte[] garbage(String seed) {
    byte[] bytes = new byte[512];
    new Random(seed.hashCode()).nextBytes(bytes);
    bytes[0] = (byte) 0xff;
    return bytes;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  record Poison(String kind, String key, byte[] value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Poison p && p.kind.equals(kind);
    }

    @Override
    public int hashCode() {
      return kind.hashCode();
    }
  }
}
