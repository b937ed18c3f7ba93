package org.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.model.RawArticle;
import org.newsline.model.Topics;
import org.newsline.model.spring.PlatformKafkaProperties;
import org.newsline.testsupport.Infrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The main flow of the ingest service against a real broker: single articles in each format,
 * batches, duplicates, and what a consumer of the topic sees. Runs on the embedded broker and on a
 * real container.
 */
abstract class IngestFlowScenario {

  protected abstract Infrastructure infrastructure();

  @LocalServerPort int port;
  @Autowired PlatformKafkaProperties kafka;

  IngestHttp http;
  String topic;
  String run;

  @BeforeEach
  void setUp() {
    http = new IngestHttp(port);
    topic = kafka.nameOf(Topics.ARTICLES_RAW);
    run = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void acceptsAJsonArticleAndPublishesItCleanedOnceKafkaAcknowledged() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String json =
        """
        {"id": "%s-json", "source": "Coast Gazette", "url": "HTTPS://Coast.Example/h?utm_source=rss#top",
         "title": "Harbour reopens after storm | World | News",
         "body": "Skip to main content\\n\\nHarbour reopens after storm\\n\\nThe port reopened on Monday after eleven weeks.\\r\\n\\r\\n\\r\\nCrews worked\\u00a0in two shifts.\\n\\nBack to top",
         "language": "en", "publishedAt": "2025-04-18T11:30:00+02:00", "metadata": {"feed": "rss", "n": 3}}
        """
            .formatted(run);

    IngestHttp.Reply reply = http.post("/api/v1/articles", "application/json", json);

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    JsonNode body = reply.json();
    assertThat(body.get("id").asString()).isEqualTo(run + "-json");
    assertThat(body.get("status").asString()).isEqualTo("accepted");
    assertThat(body.get("topic").asString()).isEqualTo(topic);
    ConsumerRecord<String, byte[]> record =
        TopicReader.recordAt(
            infrastructure(), topic, body.get("partition").asInt(), body.get("offset").asLong());
    assertThat(record.key()).isEqualTo(run + "-json");
    RawArticle article = TopicReader.decode(topic, record.value());
    assertThat(article.title()).isEqualTo("Harbour reopens after storm");
    assertThat(article.body())
        .isEqualTo(
            "The port reopened on Monday after eleven weeks.\n\nCrews worked in two shifts.");
    assertThat(article.removedLines())
        .containsExactly(
            "| World | News", "Skip to main content", "Harbour reopens after storm", "Back to top");
    assertThat(article.url()).isEqualTo("https://coast.example/h");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-04-18T09:30:00Z"));
    assertThat(article.receivedAt())
        .isBetween(before, Instant.now())
        .isEqualTo(article.receivedAt().truncatedTo(ChronoUnit.MILLIS));
    assertThat(article.contentHash()).matches("[0-9a-f]{64}");
    assertThat(article.metadata()).containsEntry("feed", "rss").containsEntry("n", "3");
    assertThat(article.source()).isEqualTo("Coast Gazette");
  }

  @Test
  void acceptsPlainTextWithTheFirstLineAsTitleAndFieldsFromTheQuery() {
    String text =
        "\n\nNight bus trial approved\n\nThe council voted seven to two on Tuesday to run a night bus.\n";

    IngestHttp.Reply reply =
        http.post(
            "/api/v1/articles?source=Town%20Post&url=https://town.example/bus&publishedAt=2025-04-18T09:30:00Z",
            "text/plain; charset=UTF-8", text);

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    RawArticle article = published(reply.json());
    assertThat(article.title()).isEqualTo("Night bus trial approved");
    assertThat(article.body())
        .isEqualTo("The council voted seven to two on Tuesday to run a night bus.");
    assertThat(article.source()).isEqualTo("Town Post");
    assertThat(article.id())
        .isEqualTo(reply.json().get("id").asString())
        .startsWith("town.example:");
  }

  @Test
  void acceptsHtmlKeepingParagraphsAndDroppingScriptsNavigationAndRecordedChrome() {
    String html =
        """
        <html lang="en"><head><title>Ferries | Coast</title><script>alert('x')</script>
        <link rel="canonical" href="https://coast.example/ferries-%s"></head>
        <body><div class="consent">We use cookies. <a>Accept all</a></div>
        <nav><a>Home</a> <a>World</a></nav><h1>Ferries return to the north quay</h1>
        <div class="share">Share this article: <a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
        <p>Ferries returned on Tuesday morning after the storm.</p><p>Fares are unchanged.</p>
        <footer>Contact us</footer></body></html>
        """
            .formatted(run);

    IngestHttp.Reply reply = http.post("/api/v1/articles", "text/html", html);

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    RawArticle article = published(reply.json());
    assertThat(article.title()).isEqualTo("Ferries return to the north quay");
    assertThat(article.body())
        .isEqualTo("Ferries returned on Tuesday morning after the storm.\n\nFares are unchanged.");
    assertThat(article.removedLines())
        .containsExactly(
            "We use cookies. Accept all", "Share this article: Facebook Twitter Email");
    assertThat(article.url()).isEqualTo("https://coast.example/ferries-" + run);
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void answersDuplicateForTheSameContentAndPublishesChangedContentAsAnUpdate() {
    String first = article(run + "-dup", "The port reopened on Monday after eleven weeks.");
    String changed = article(run + "-dup", "The port reopened on Monday after twelve weeks.");

    IngestHttp.Reply accepted = http.post("/api/v1/articles", "application/json", first);
    IngestHttp.Reply again = http.post("/api/v1/articles", "application/json", first);
    IngestHttp.Reply update = http.post("/api/v1/articles", "application/json", changed);

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
    assertThat(update.status()).isEqualTo(202);
    assertThat(published(update.json()).body()).contains("twelve weeks");
    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.readKeys(infrastructure(), topic, (run + "-dup")::equals, 2);
    assertThat(records).hasSize(2);
  }

  @Test
  void batchAnswersOneResultPerItemInOrderAndABadItemSinksNothing() {
    String big = "x".repeat(70 * 1024);
    String ndjson =
        String.join(
                "\n",
                article(run + "-b1", "The port reopened on Monday after eleven weeks."),
                "{\"id\": \"" + run + "-b2\", \"body\": ",
                article("bad id!", "The port reopened on Monday after eleven weeks."),
                "",
                article(run + "-b3", "Ferries returned to the north quay on Tuesday."),
                article(run + "-b1", "The port reopened on Monday after eleven weeks."),
                "{\"id\": \"" + run + "-b4\", \"body\": \"" + big + "\"}",
                article(run + "-b5", "Too short."),
                article(run + "-b6", "Fares for the ferries are unchanged this year."))
            + "\n";

    IngestHttp.Reply reply = http.post("/api/v1/articles/batch", "application/x-ndjson", ndjson);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode body = reply.json();
    List<String> statuses = new ArrayList<>();
    body.get("results")
        .forEach(
            r ->
                statuses.add(
                    r.get("index").asInt()
                        + ":"
                        + r.get("status").asString()
                        + (r.has("problem") ? ":" + r.get("problem").get("status").asInt() : "")));
    assertThat(statuses)
        .containsExactly(
            "0:accepted",
            "1:rejected:400",
            "2:rejected:422",
            "3:accepted",
            "4:duplicate",
            "5:rejected:413",
            "6:rejected:422",
            "7:accepted");
    assertThat(body.get("accepted").asInt()).isEqualTo(3);
    assertThat(body.get("duplicate").asInt()).isEqualTo(1);
    assertThat(body.get("rejected").asInt()).isEqualTo(4);
    JsonNode invalid = body.get("results").get(2).get("problem");
    assertThat(invalid.get("errors").get(0).get("field").asString()).isEqualTo("id");
    assertThat(invalid.get("errors").get(0).get("rule").asString()).isEqualTo("pattern");
    JsonNode accepted = body.get("results").get(7);
    assertThat(
            TopicReader.decode(
                    topic,
                    TopicReader.recordAt(
                            infrastructure(),
                            topic,
                            accepted.get("partition").asInt(),
                            accepted.get("offset").asLong())
                        .value())
                .id())
        .isEqualTo(run + "-b6");
  }

  @Test
  void acceptsABatchSentAsAJsonArray() {
    String array =
        "["
            + article(run + "-a1", "The port reopened on Monday after eleven weeks.")
            + ", "
            + article(run + "-a2", "x")
            + "]";

    IngestHttp.Reply reply = http.post("/api/v1/articles/batch", "application/json", array);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().get("results").get(0).get("status").asString()).isEqualTo("accepted");
    assertThat(reply.json().get("results").get(1).get("status").asString()).isEqualTo("rejected");
    assertThat(
            reply
                .json()
                .get("results")
                .get(1)
                .get("problem")
                .get("errors")
                .get(0)
                .get("rule")
                .asString())
        .isEqualTo("min-length");
  }

  @Test
  void aConsumerSeesExactlyTheAcceptedArticlesInOrderPerKey() {
    StringBuilder ndjson = new StringBuilder();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (int version = 1; version <= 3; version++) {
      for (int k = 1; k <= 2; k++) {
        String id = run + "-order-" + k;
        String text = "Edition " + version + " of the story about harbour number " + k + ".";
        ndjson.append(article(id, text)).append('\n');
        ndjson.append(article(id, text)).append('\n');
        ndjson.append("{not json}\n");
        expected.computeIfAbsent(id, x -> new ArrayList<>()).add(text);
      }
    }

    IngestHttp.Reply reply =
        http.post(
            "/api/v1/articles/batch",
            "application/x-ndjson",
            ndjson.toString().getBytes(StandardCharsets.UTF_8),
            IngestHttp.KEY);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().get("accepted").asInt()).isEqualTo(6);
    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.readKeys(infrastructure(), topic, k -> k.startsWith(run + "-order-"), 6);
    Map<String, List<String>> seen = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      seen.computeIfAbsent(record.key(), x -> new ArrayList<>())
          .add(TopicReader.decode(topic, record.value()).body());
    }
    assertThat(records).hasSize(6);
    assertThat(seen).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void acceptsTextAndHtmlBodiesInsideABatch() {
    String text =
        "Skip to main content\\n\\nNight bus approved\\n\\nThe council voted seven to two on Tuesday.";
    String html =
        "<nav>Home</nav><h1>Ferries return</h1><p>Ferries returned on Tuesday morning after the storm.</p>";
    String ndjson =
        "{\"id\": \""
            + run
            + "-t\", \"format\": \"text\", \"body\": \""
            + text
            + "\"}\n"
            + "{\"id\": \""
            + run
            + "-h\", \"format\": \"html\", \"body\": \""
            + html
            + "\"}\n";

    IngestHttp.Reply reply = http.post("/api/v1/articles/batch", "application/x-ndjson", ndjson);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    RawArticle fromText = published(reply.json().get("results").get(0));
    RawArticle fromHtml = published(reply.json().get("results").get(1));
    assertThat(fromText.title()).isEqualTo("Night bus approved");
    assertThat(fromText.removedLines()).containsExactly("Skip to main content");
    assertThat(fromHtml.title()).isEqualTo("Ferries return");
    assertThat(fromHtml.body()).isEqualTo("Ferries returned on Tuesday morning after the storm.");
  }

  @Test
  void removesAnArticleWithATombstoneKeyedByItsIdOnceKafkaAcknowledgedAndTakesItBackAfterwards() {
    String id = run + "-removed";
    String json = article(id, "The port reopened on Monday after eleven weeks of repairs.");
    IngestHttp.Reply posted = http.post("/api/v1/articles", "application/json", json);
    assertThat(posted.status()).as(posted.body()).isEqualTo(202);
    RawArticle article = published(posted.json());

    IngestHttp.Reply removed = http.delete("/api/v1/articles/" + id, IngestHttp.KEY);

    assertThat(removed.status()).as(removed.body()).isEqualTo(202);
    JsonNode body = removed.json();
    assertThat(body.get("id").asString()).isEqualTo(id);
    assertThat(body.get("status").asString()).isEqualTo("removal-accepted");
    assertThat(body.get("topic").asString()).isEqualTo(topic);
    assertThat(body.get("partition").asInt())
        .as("same key, same partition: the tombstone follows the article")
        .isEqualTo(posted.json().get("partition").asInt());
    ConsumerRecord<String, byte[]> tombstone =
        TopicReader.recordAt(
            infrastructure(), topic, body.get("partition").asInt(), body.get("offset").asLong());
    assertThat(tombstone.key()).isEqualTo(id);
    assertThat(tombstone.value()).as("a tombstone has no value").isNull();
    assertThat(Instant.ofEpochMilli(tombstone.timestamp()))
        .as("the removal time, on the clock that stamped receivedAt")
        .isAfterOrEqualTo(article.receivedAt())
        .isBeforeOrEqualTo(Instant.now());

    IngestHttp.Reply again = http.post("/api/v1/articles", "application/json", json);

    assertThat(again.status())
        .as("sent again after its removal: a new submission, not a duplicate: " + again.body())
        .isEqualTo(202);
    assertThat(published(again.json()).receivedAt())
        .isAfterOrEqualTo(Instant.ofEpochMilli(tombstone.timestamp()));
  }

  @Test
  void acceptsTheRemovalOfAnIdNeverSeenSinceIngestCannotKnowIt() {
    IngestHttp.Reply removed =
        http.delete("/api/v1/articles/" + run + "-never-sent", IngestHttp.KEY);

    assertThat(removed.status()).as(removed.body()).isEqualTo(202);
    ConsumerRecord<String, byte[]> tombstone =
        TopicReader.recordAt(
            infrastructure(),
            topic,
            removed.json().get("partition").asInt(),
            removed.json().get("offset").asLong());
    assertThat(tombstone.key()).isEqualTo(run + "-never-sent");
    assertThat(tombstone.value()).isNull();
  }

  private RawArticle published(JsonNode reply) {
    return TopicReader.decode(
        topic,
        TopicReader.recordAt(
                infrastructure(),
                topic,
                reply.get("partition").asInt(),
                reply.get("offset").asLong())
            .value());
  }

  static String article(String id, String body) {
    return "{\"id\": \""
        + id
        + "\", \"source\": \"Coast Gazette\", \"title\": \"Harbour news\", \"body\": \""
        + body
        + "\"}";
  }
}
