package org.newsline.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.EnrichProperties;
import org.newsline.enrich.SharedEngine;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.Enrichment;
import org.newsline.model.RawArticle;
import org.newsline.model.RemovalHeaders;
import org.springframework.kafka.core.KafkaOperations;

/** The listener's handling of one poll, without Kafka: what it sends, in what order, and when. */
class RawArticleListenerTest {

  private static final EnrichTopics TOPICS = new EnrichTopics("raw", "enriched", "raw-dlt");
  static final EnrichProperties PROPERTIES =
      new EnrichProperties(
          "1",
          Duration.ofSeconds(30),
          200_000,
          120,
          2,
          3,
          Duration.ofMillis(1),
          Duration.ofMillis(2));

  private final List<String> events = new ArrayList<>();
  private final List<String> deadLettered = new ArrayList<>();
  private final List<Exception> failures = new ArrayList<>();

  @SuppressWarnings("unchecked")
  private final KafkaOperations<String, Object> template = mock(KafkaOperations.class);

  private RawArticleListener listener(EnrichmentEngine engine, int maxRequestBytes) {
    return listener(engine, maxRequestBytes, RecordScope.ALL);
  }

  private RawArticleListener listener(
      EnrichmentEngine engine, int maxRequestBytes, RecordScope scope) {
    when(template.send(anyString(), anyString(), any()))
        .thenAnswer(
            call -> {
              events.add("sent " + call.getArgument(1));
              return new CompletableFuture<>();
            });
    when(template.send(any(ProducerRecord.class)))
        .thenAnswer(
            call -> {
              ProducerRecord<String, Object> sent = call.getArgument(0);
              events.add(
                  "sent "
                      + sent.key()
                      + (sent.value() == null ? " tombstone to " + sent.topic() : "")
                      + " removed at "
                      + RemovalHeaders.removedAt(sent.headers(), -1));
              return new CompletableFuture<>();
            });
    return new RawArticleListener(
        engine,
        template,
        TOPICS,
        new EnrichMetrics(new SimpleMeterRegistry()),
        Clock.fixed(Instant.parse("2025-04-20T12:00:00Z"), ZoneOffset.UTC),
        (record, failure) -> {
          deadLettered.add((String) record.key());
          failures.add(failure);
        },
        PROPERTIES,
        maxRequestBytes,
        scope);
  }

  private EnrichmentResult enrichedAndNoted(RawArticle raw) {
    events.add("enriched " + raw.id());
    return new EnrichmentResult(
        new Enrichment("test", "1", "1", false, List.of()), List.of(), List.of(), List.of(), 5);
  }

  private static ConsumerRecord<String, RawArticle> record(long offset, String id) {
    RawArticle raw = id == null ? null : SharedEngine.article(id, "Title", "A body.", null);
    return new ConsumerRecord<>("raw", 0, offset, id == null ? "tombstone" : id, raw);
  }

  @Test
  void enrichesTheWholePollBeforeSendingAnything() {
    listener(this::enrichedAndNoted, 1024 * 1024)
        .onRawArticles(List.of(record(0, "a"), record(1, "b"), record(2, "c")));

    assertThat(events)
        .containsExactly("enriched a", "enriched b", "enriched c", "sent a", "sent b", "sent c");
    assertThat(deadLettered).isEmpty();
  }

  @Test
  void retriesAFailingArticleAndSendsItWhenItSucceeds() {
    int[] calls = {0};
    EnrichmentEngine flaky =
        raw -> {
          if (raw.id().equals("flaky") && calls[0]++ < 2) {
            throw new IllegalStateException("engine hiccup");
          }
          return enrichedAndNoted(raw);
        };

    listener(flaky, 1024 * 1024).onRawArticles(List.of(record(0, "flaky")));

    assertThat(calls[0]).isEqualTo(3);
    assertThat(events).containsExactly("enriched flaky", "sent flaky");
    assertThat(deadLettered).isEmpty();
  }

  @Test
  void deadLettersAnArticleThatKeepsFailingInItsPlaceAndSendsTheRest() {
    int[] calls = {0};
    EnrichmentEngine broken =
        raw -> {
          if (raw.id().equals("bad")) {
            calls[0]++;
            throw new IllegalStateException("engine failed on bad");
          }
          return enrichedAndNoted(raw);
        };

    listener(broken, 1024 * 1024)
        .onRawArticles(List.of(record(0, "a"), record(1, "bad"), record(2, "c")));

    assertThat(calls[0]).isEqualTo(PROPERTIES.retryAttempts());
    assertThat(deadLettered).containsExactly("bad");
    assertThat(failures.get(0)).hasMessage("engine failed on bad");
    assertThat(events).containsExactly("enriched a", "enriched c", "sent a", "sent c");
  }

  @Test
  void passesATombstoneOnAsATombstoneWithItsRemovalTimeInItsPlaceWithoutTheEngine() {
    Instant removedAt = Instant.parse("2025-04-20T11:59:58.123Z");
    ConsumerRecord<String, RawArticle> tombstone =
        new ConsumerRecord<>(
            "raw",
            0,
            1,
            removedAt.toEpochMilli(),
            TimestampType.CREATE_TIME,
            1,
            -1,
            "gone",
            null,
            new RecordHeaders(),
            Optional.empty());

    listener(this::enrichedAndNoted, 1024 * 1024)
        .onRawArticles(List.of(record(0, "a"), tombstone, record(2, "b")));

    assertThat(deadLettered).isEmpty();
    assertThat(events)
        .containsExactly(
            "enriched a",
            "enriched b",
            "sent a",
            "sent gone tombstone to enriched removed at " + removedAt,
            "sent b");
  }

  @Test
  void deadLettersATombstoneWithoutAKeyAtOnceWithoutTheEngine() {
    ConsumerRecord<String, RawArticle> keyless = new ConsumerRecord<>("raw", 0, 0, null, null);

    listener(this::enrichedAndNoted, 1024 * 1024).onRawArticles(List.of(keyless, record(1, "a")));

    assertThat(deadLettered).hasSize(1).containsNull();
    assertThat(failures.get(0)).isInstanceOf(EmptyRecordException.class);
    assertThat(events).containsExactly("enriched a", "sent a");
  }

  @Test
  void deadLettersAnArticleWhoseEnrichedRecordIsTooLargeToSend() {
    // 16 KiB is kept for the key and headers: this leaves 10 bytes for the value.
    listener(this::enrichedAndNoted, 16 * 1024 + 10).onRawArticles(List.of(record(0, "a")));

    assertThat(deadLettered).containsExactly("a");
    assertThat(failures.get(0)).isInstanceOf(EnrichedTooLargeException.class);
    assertThat(FailurePolicy.reasonOf(failures.get(0))).isEqualTo("too-large");
    verify(template, never()).send(eq("enriched"), anyString(), any());
  }

  @Test
  void passesOverTheRecordsOutsideItsScopeWithoutTheEngineAndEnrichesTheRest() {
    RecordScope belowOffsetTwo = record -> record.offset() < 2;

    listener(this::enrichedAndNoted, 1024 * 1024, belowOffsetTwo)
        .onRawArticles(List.of(record(0, "a"), record(1, "b"), record(2, "c"), record(3, null)));

    assertThat(events).containsExactly("enriched a", "enriched b", "sent a", "sent b");
    assertThat(deadLettered).isEmpty();
  }
}
