package org.newsline.reliability;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.bson.Document;
import org.newsline.localstack.LocalStack;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Enrichment;
import org.newsline.model.RawArticle;
import org.newsline.testsupport.KafkaTestClients;

/** HTTP, Kafka and MongoDB helpers on the shared stack. */
final class Pipeline {

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  static final String BODY =
      "About 300 workers finished repairs to the old harbour bridge in Lyon on Monday, the"
          + " city's mayor, Claire Dubois, said. The work cost more than 4 million euros.";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Pipeline() {}

  static LocalStack stack() {
    return SharedStack.get();
  }

  static String rawTopic() {
    return SharedStack.topic("newsline.kafka.topics.raw", "articles.raw");
  }

  static String enrichedTopic() {
    return SharedStack.topic("newsline.kafka.topics.enriched", "articles.enriched");
  }

  static String rawDltTopic() {
    return SharedStack.topic("newsline.kafka.topics.raw-dlt", "articles.raw-dlt");
  }

  static String enrichedDltTopic() {
    return SharedStack.topic("newsline.kafka.topics.enriched-dlt", "articles.enriched-dlt");
  }

  static String articleJson(String id, String title, String body) {
    return "{\"id\":\""
        + id
        + "\",\"source\":\"Reliability Wire\",\"publishedAt\":\"2025-05-05T10:00:00Z\","
        + "\"title\":\""
        + title
        + "\",\"body\":\""
        + body
        + "\"}";
  }

  static RawArticle raw(String id, String body) {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        id,
        "Reliability Wire",
        null,
        "Harbour bridge reopens",
        body,
        "en",
        Instant.parse("2025-05-05T10:00:00Z"),
        Instant.now(),
        "sha256:" + Integer.toHexString(id.hashCode()),
        List.of(),
        Map.of());
  }

  static EnrichedArticle enriched(String id, String body) {
    return EnrichedArticle.of(
        raw(id, body),
        Instant.now(),
        Enrichment.complete("test", "0", "1"),
        List.of(),
        List.of(),
        List.of());
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpRequest.Builder ingest(String path) {
    return HttpRequest.newBuilder(URI.create(stack().settings().ingestUrl() + path));
  }

  static HttpRequest.Builder store(String path) {
    return HttpRequest.newBuilder(URI.create(stack().settings().storeUrl() + path));
  }

  static HttpResponse<String> postArticle(String json) {
    return send(
        ingest("/api/v1/articles")
            .header("Content-Type", "application/json")
            .header("X-API-Key", SharedStack.INGEST_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static HttpResponse<String> postNdjson(String ndjson) {
    return send(
        ingest("/api/v1/articles/batch")
            .header("Content-Type", "application/x-ndjson")
            .header("X-API-Key", SharedStack.INGEST_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(ndjson)));
  }

  static HttpResponse<String> getStore(String pathAndQuery) {
    return send(store(pathAndQuery).header("X-API-Key", SharedStack.STORE_KEY).GET());
  }

  static void awaitStored(String id, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> getStore("/api/v1/articles/" + id).statusCode() == 200);
  }

  /** Documents per id in the store's collection, read from MongoDB directly. */
  static Map<String, Long> storedCounts(Collection<String> ids) {
    try (MongoClient client = MongoClients.create(stack().mongo().connectionString())) {
      Map<String, Long> counts = new HashMap<>();
      for (Document d :
          client
              .getDatabase("newsline")
              .getCollection("articles")
              .find(Filters.in("_id", ids))
              .projection(new Document("_id", 1))) {
        counts.merge(d.getString("_id"), 1L, Long::sum);
      }
      return counts;
    }
  }

  /**
   * Records per id of {@code ids} on the enriched topic, read_committed, up to its end offsets now.
   * The store's documents are keyed by a unique id, so a doubled record can only be counted here.
   */
  static Map<String, Long> enrichedCounts(Collection<String> ids) {
    return counts(enrichedTopic(), ids);
  }

  /** Records per id of {@code ids} on {@code topic}, read_committed, up to its end offsets now. */
  static Map<String, Long> counts(String topic, Collection<String> ids) {
    Set<String> wanted = Set.copyOf(ids);
    Map<String, Long> counts = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r :
        KafkaTestClients.readToEnd(SharedStack.infrastructure(), topic, Duration.ofSeconds(60))) {
      if (wanted.contains(r.key())) {
        counts.merge(r.key(), 1L, Long::sum);
      }
    }
    return counts;
  }

  /** The stored document of {@code id}, or null. */
  static Document storedDocument(String id) {
    try (MongoClient client = MongoClients.create(stack().mongo().connectionString())) {
      return client
          .getDatabase("newsline")
          .getCollection("articles")
          .find(Filters.eq("_id", id))
          .first();
    }
  }

  /**
   * Reads {@code topic} from the start (read_committed) until {@code done} holds for the matching
   * records or {@code timeout} passes, then for {@code settle} more to catch extras.
   */
  static List<ConsumerRecord<String, byte[]>> readMatching(
      String topic,
      Predicate<ConsumerRecord<String, byte[]>> matches,
      Predicate<List<ConsumerRecord<String, byte[]>>> done,
      Duration timeout,
      Duration settle) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        KafkaTestClients.committedReader(SharedStack.infrastructure())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline && !done.test(found)) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> addIf(found, r, matches));
      }
      long settleUntil = System.nanoTime() + settle.toNanos();
      while (System.nanoTime() < settleUntil) {
        consumer.poll(Duration.ofMillis(100)).forEach(r -> addIf(found, r, matches));
      }
    }
    return found;
  }

  private static void addIf(
      List<ConsumerRecord<String, byte[]>> found,
      ConsumerRecord<String, byte[]> record,
      Predicate<ConsumerRecord<String, byte[]>> matches) {
    if (matches.test(record)) {
      found.add(record);
    }
  }

  static String header(ConsumerRecord<?, ?> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  static Integer intHeader(ConsumerRecord<?, ?> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : java.nio.ByteBuffer.wrap(header.value()).getInt();
  }

  static Long longHeader(ConsumerRecord<?, ?> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : java.nio.ByteBuffer.wrap(header.value()).getLong();
  }
}
