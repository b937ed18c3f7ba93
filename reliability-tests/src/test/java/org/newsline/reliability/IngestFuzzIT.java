package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.testsupport.KafkaTestClients;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input on the ingest API, from a seeded generator (fixed by default, printed; set another
 * with {@code -Dnewsline.fuzz.seed=...}; {@code -Dnewsline.fuzz.tries=...} changes the count of
 * requests, 300 by default): random and mutated JSON, NDJSON with broken lines, deep nesting, huge
 * strings, invalid UTF-8, null bytes, RTL and combining marks, emoji, lone surrogates, HTML with
 * scripts and entities. Every answer is a 2xx or a 4xx problem+json within the request timeout,
 * never a 5xx; every record that reaches {@code articles.raw} meanwhile matches the contract's JSON
 * Schema, and there are exactly as many as articles the API reported accepted.
 */
class IngestFuzzIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] NASTY = {
    "\u0000",
    "\u202e",
    "\u200f\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "e\u0301\u0301\u0301\u0301",
    "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f",
    "\ud83d\udca5\ud83c\udff3\ufe0f\u200d\ud83c\udf08",
    "\ud800",
    "\udfff",
    "\ufeff",
    "\ufffd",
    "<script>alert('x')</script>",
    "&lt;b&gt;&amp;&#0;&#x1F4A5;&nbsp;&bogus;",
    "<img src=x onerror=alert(1)>",
    "\\u0000",
    "\\ud800",
    "\"",
    "\\",
    "\r\n",
    "\t",
    "{\"$gt\": \"\"}",
    "' OR 1=1 --",
    "../../etc/passwd",
    "%00%ff",
    "\u2028\u2029",
    "\u00a0\u2003",
    "9".repeat(400),
  };

  private static final String[] FIELDS = {
    "id", "source", "url", "title", "body", "language", "publishedAt", "metadata"
  };

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  @Test
  void hostileRequestsGetAClientErrorOrAreAcceptedAndNothingMalformedReachesKafka()
      throws Exception {
    // A fixed seed keeps the default build repeatable; pass another to explore further.
    long seed = Long.getLong("newsline.fuzz.seed", 20_261_122L);
    int tries = Integer.getInteger("newsline.fuzz.tries", 300);
    System.out.println("IngestFuzzIT seed " + seed + " (-Dnewsline.fuzz.seed to repeat)");
    Random random = new Random(seed);
    Map<TopicPartition, Long> before = endOffsets();
    int accepted = 0;
    Map<Integer, Integer> statuses = new HashMap<>();

    for (int i = 0; i < tries; i++) {
      Request request = generate(random, i);
      HttpResponse<String> response =
          Pipeline.send(
              Pipeline.ingest(request.path())
                  .header("Content-Type", request.contentType())
                  .header("X-API-Key", SharedStack.INGEST_KEY)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request.body())));
      String what = "try " + i + " (seed " + seed + ", " + request.kind() + ")";
      int status = response.statusCode();
      statuses.merge(status, 1, Integer::sum);
      assertThat(status).as(what + ": " + abbreviate(response.body())).isBetween(200, 499);
      if (status >= 400) {
        assertThat(response.headers().firstValue("Content-Type"))
            .as(what)
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.get("detail").asString()).as(what).isNotBlank();
        assertThat(response.body()).as(what).doesNotContain("\tat ", "Exception:");
      }
      accepted += acceptedIn(response);
    }
    System.out.println("IngestFuzzIT statuses " + statuses + ", accepted " + accepted);
    // The checks below are only worth something if hostile but valid articles got through: with
    // the default seed about a quarter of the tries are accepted (79 of 300).
    assertThat(accepted)
        .as("articles accepted of %d tries", tries)
        .isGreaterThanOrEqualTo(tries / 10);

    List<ConsumerRecord<String, byte[]>> published = readSince(before);
    assertThat(published).as("records published = articles accepted").hasSize(accepted);
    Schema schema = rawArticleSchema();
    EventDeserializer<RawArticle> deserializer =
        new EventDeserializer<>(RawArticle.class, RawArticle.CURRENT_SCHEMA_VERSION);
    for (ConsumerRecord<String, byte[]> record : published) {
      String json = new String(record.value(), StandardCharsets.UTF_8);
      assertThat(schema.validate(json, InputFormat.JSON))
          .as("schema errors of %s", abbreviate(json))
          .isEmpty();
      RawArticle article = deserializer.deserialize(record.topic(), record.value());
      assertThat(record.key()).isEqualTo(article.id());
      assertThat(article.body()).doesNotContain("\u0000").isNotBlank();
    }
  }

  private static Request generate(Random random, int i) {
    return switch (random.nextInt(10)) {
      case 0 ->
          new Request(
              "mutated-json",
              "/api/v1/articles",
              "application/json",
              mutate(random, utf8(article(random))));
      case 1 ->
          new Request(
              "random-fields", "/api/v1/articles", "application/json", utf8(article(random)));
      case 2 ->
          new Request(
              "ndjson-broken-lines",
              "/api/v1/articles/batch",
              "application/x-ndjson",
              ndjson(random));
      case 3 -> new Request("deep-nesting", "/api/v1/articles", "application/json", deep(random));
      case 4 -> new Request("huge-strings", "/api/v1/articles", "application/json", huge(random));
      case 5 ->
          new Request("invalid-utf8", "/api/v1/articles", "application/json", invalidUtf8(random));
      case 6 ->
          new Request(
              "json-array-mutated", "/api/v1/articles/batch", "application/json", array(random));
      case 7 ->
          new Request(
              "random-bytes",
              random.nextBoolean() ? "/api/v1/articles" : "/api/v1/articles/batch",
              random.nextBoolean() ? "application/json" : "application/x-ndjson",
              randomBytes(random));
      case 8 -> new Request("html", "/api/v1/articles", "text/html", utf8(html(random)));
      default ->
          new Request(
              "wrong-types", "/api/v1/articles", "application/json", utf8(wrongTypes(random)));
    };
  }

  /** A valid article with some of its fields (a quarter, on average) replaced by nasty values. */
  private static String article(Random random) {
    Map<String, String> valid = new java.util.LinkedHashMap<>();
    String hex = Long.toHexString(random.nextLong());
    valid.put("id", "\"fuzz-" + hex + "\"");
    valid.put("source", "\"Fuzz Wire\"");
    valid.put("url", "\"https://news.example.org/a/" + hex + "\"");
    valid.put("title", "\"Bridge reopens\"");
    valid.put("body", "\"" + Pipeline.BODY + "\"");
    valid.put("language", "\"en\"");
    valid.put("publishedAt", "\"2025-05-05T10:00:00Z\"");
    valid.put("metadata", "{\"desk\":\"city\"}");
    StringBuilder json = new StringBuilder("{");
    boolean first = true;
    for (String field : FIELDS) {
      int dice = random.nextInt(8);
      if (dice == 0) {
        continue; // field left out
      }
      if (!first) {
        json.append(',');
      }
      first = false;
      json.append('"').append(field).append("\":");
      if (dice > 2) {
        json.append(valid.get(field));
      } else if (field.equals("metadata")) {
        json.append("{\"")
            .append(escape(nasty(random, 3)))
            .append("\":\"")
            .append(escape(nasty(random, 3)))
            .append("\"}");
      } else if (field.equals("body")) {
        json.append('"').append(escape(Pipeline.BODY + " " + nasty(random, 6))).append('"');
      } else {
        json.append('"').append(escape(nasty(random, 3))).append('"');
      }
    }
    return json.append('}').toString();
  }

  private static String nasty(Random random, int parts) {
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(parts);
    for (int i = 0; i < n; i++) {
      s.append(
          random.nextBoolean()
              ? NASTY[random.nextInt(NASTY.length)]
              : "word" + random.nextInt(100));
      s.append(' ');
    }
    return s.toString();
  }

  /** JSON string escaping that keeps lone surrogates as escapes (the parser sees them). */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static byte[] mutate(Random random, byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(json);
    byte[] bytes = out.toByteArray();
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations && bytes.length > 1; m++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(4)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
        case 2 -> {
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = "{}[]\",:\\".getBytes(StandardCharsets.UTF_8)[random.nextInt(8)];
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
        }
        default -> {
          byte[] shorter = new byte[bytes.length - 1];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
          bytes = shorter;
        }
      }
    }
    return bytes;
  }

  private static byte[] ndjson(Random random) {
    StringBuilder lines = new StringBuilder();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(5)) {
        case 0 ->
            lines.append(
                Pipeline.articleJson(
                    "fuzz-nd-" + Long.toHexString(random.nextLong()), "Fine", Pipeline.BODY));
        case 1 ->
            lines.append(
                new String(mutate(random, utf8(article(random))), StandardCharsets.ISO_8859_1));
        case 2 -> lines.append("{\"id\": \"half");
        case 3 -> lines.append("[1,2,3]");
        default -> lines.append(article(random));
      }
      lines.append(random.nextBoolean() ? "\n" : "\r\n");
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] deep(Random random) {
    int depth = 1_000 + random.nextInt(100_000);
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    String inner = open.repeat(depth) + "1" + close.repeat(depth);
    return utf8(
        random.nextBoolean()
            ? inner
            : "{\"id\":\"fuzz-deep\",\"title\":\"t\",\"body\":\""
                + Pipeline.BODY
                + "\",\"metadata\":"
                + inner
                + "}");
  }

  private static byte[] huge(Random random) {
    int size =
        switch (random.nextInt(3)) {
          case 0 -> 300_000;
          case 1 -> 1_100_000;
          default -> 5_000_000;
        };
    String field = FIELDS[random.nextInt(FIELDS.length - 1)];
    String big = "x".repeat(size);
    return utf8(
        "{\"id\":\"fuzz-huge-"
            + Long.toHexString(random.nextLong())
            + "\",\"title\":\"Huge\",\"body\":\""
            + Pipeline.BODY
            + "\",\""
            + field
            + "\":\""
            + big
            + "\"}");
  }

  private static byte[] invalidUtf8(Random random) {
    byte[][] bad = {
      {(byte) 0xc3, 0x28},
      {(byte) 0xff},
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
      {(byte) 0xc0, (byte) 0xaf},
      {0}
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        utf8("{\"id\":\"fuzz-utf8-" + Long.toHexString(random.nextLong()) + "\",\"title\":\"T"));
    out.writeBytes(bad[random.nextInt(bad.length)]);
    out.writeBytes(utf8("\",\"body\":\"" + Pipeline.BODY));
    out.writeBytes(bad[random.nextInt(bad.length)]);
    out.writeBytes(utf8("\"}"));
    return out.toByteArray();
  }

  private static byte[] array(Random random) {
    StringBuilder json = new StringBuilder("[");
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append(article(random));
    }
    json.append(']');
    return random.nextBoolean() ? mutate(random, utf8(json.toString())) : utf8(json.toString());
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(4096)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String html(Random random) {
    return "<html><head><title>"
        + nasty(random, 2).replace("<", "&lt;")
        + "</title><script>document.write('<p>evil</p>')</script></head><body><p>"
        + Pipeline.BODY
        + "</p><p>"
        + nasty(random, 5)
        + "</p><!-- <p>hidden</p> --></body></html>";
  }

  private static String wrongTypes(Random random) {
    String[] values = {
      "null", "1", "true", "[]", "{}", "-1e309", "\"\"", "[\"a\"]", "{\"$gt\":\"\"}"
    };
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < FIELDS.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(FIELDS[i]).append("\":");
      json.append(
          random.nextInt(3) == 0
              ? values[random.nextInt(values.length)]
              : FIELDS[i].equals("metadata")
                  ? "{}"
                  : "\"" + (FIELDS[i].equals("body") ? Pipeline.BODY : "v") + "\"");
    }
    return json.append('}').toString();
  }

  private static int acceptedIn(HttpResponse<String> response) {
    if (!response.headers().firstValue("Content-Type").orElse("").contains("json")) {
      return 0;
    }
    JsonNode body = JSON.readTree(response.body());
    if (body.has("accepted") && body.get("accepted").isNumber()) {
      return body.get("accepted").asInt();
    }
    return body.has("status") && "accepted".equals(body.get("status").asString()) ? 1 : 0;
  }

  private static Map<TopicPartition, Long> endOffsets() {
    try (KafkaConsumer<String, byte[]> consumer =
        KafkaTestClients.committedReader(SharedStack.infrastructure())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Pipeline.rawTopic()).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      return consumer.endOffsets(partitions);
    }
  }

  private static List<ConsumerRecord<String, byte[]>> readSince(Map<TopicPartition, Long> start) {
    Map<TopicPartition, Long> end = endOffsets();
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        KafkaTestClients.committedReader(SharedStack.infrastructure())) {
      consumer.assign(start.keySet());
      start.forEach(consumer::seek);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline
          && start.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  private static Schema rawArticleSchema() throws Exception {
    try (InputStream in =
        IngestFuzzIT.class
            .getClassLoader()
            .getResourceAsStream("schemas/raw-article.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  record Request(String kind, String path, String contentType, byte[] body) {}
}
