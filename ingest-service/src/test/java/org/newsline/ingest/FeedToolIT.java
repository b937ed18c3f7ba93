package org.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.feed.FeedOptions;
import org.newsline.feed.FeedProgress;
import org.newsline.feed.FeedSummary;
import org.newsline.feed.Feeder;
import org.newsline.model.RawArticle;
import org.newsline.model.Topics;
import org.newsline.model.spring.PlatformKafkaProperties;
import org.newsline.testsupport.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The operator feed tool, used in-process as a library, against the running service. */
@EmbeddedIngestContext
class FeedToolIT {

  @LocalServerPort int port;
  @Autowired PlatformKafkaProperties kafka;
  @TempDir Path dir;

  @Test
  void feedsAnNdjsonFileAndResumesWithoutResendingWhatWasAccepted() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder ndjson = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      ndjson.append(
          "{\"id\": \"%s-%d\", \"title\": \"Story %d\", \"body\": \"Harbour story number %d, with enough words to pass.\", \"source\": \"corpus\", \"category\": \"business\"}\n"
              .formatted(run, i, i, i));
    }
    ndjson.append("{\"id\": \"%s-bad\", \"body\": \"short\"}\n".formatted(run));
    Path input = dir.resolve("feed.ndjson");
    Files.writeString(input, ndjson);
    FeedOptions options =
        FeedOptions.of(input, URI.create("http://localhost:" + port), IngestHttp.KEY)
            .withBatchSize(4)
            .withResume(false, dir.resolve("feed.state"));
    List<FeedProgress> progress = new ArrayList<>();

    FeedSummary first = new Feeder(options, progress::add).run();
    FeedSummary resumed =
        new Feeder(options.withResume(true, dir.resolve("feed.state")), p -> {}).run();

    assertThat(first.progress().accepted()).isEqualTo(5);
    assertThat(first.progress().rejected()).isEqualTo(1);
    assertThat(first.rejections())
        .singleElement()
        .asString()
        .contains(run + "-bad")
        .contains("min-length");
    assertThat(progress).hasSize(2);
    assertThat(resumed.progress().skipped()).isEqualTo(5);
    assertThat(resumed.progress().sent()).isEqualTo(1);
    String topic = kafka.nameOf(Topics.ARTICLES_RAW);
    List<ConsumerRecord<String, byte[]>> records =
        TopicReader.readKeys(EmbeddedInfrastructure.get(), topic, k -> k.startsWith(run + "-"), 5);
    assertThat(records).hasSize(5);
    RawArticle article = TopicReader.decode(topic, records.get(0).value());
    assertThat(article.metadata()).containsEntry("category", "business");
  }

  @Test
  void feedsADirectoryOfTextAndHtmlFiles() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    String run = UUID.randomUUID().toString().substring(0, 8);
    Files.writeString(
        articles.resolve("a.txt"),
        "Skip to main content\n\nNight bus "
            + run
            + "\n\nThe council voted seven to two on Tuesday.\n");
    Files.writeString(
        articles.resolve("b.html"),
        "<nav>Menu</nav><h1>Ferries "
            + run
            + "</h1><p>Ferries returned to the north quay on Tuesday.</p>");

    FeedSummary summary =
        new Feeder(
                FeedOptions.of(articles, URI.create("http://localhost:" + port), IngestHttp.KEY)
                    .withResume(false, dir.resolve("articles.state")),
                p -> {})
            .run();

    assertThat(summary.exitCode()).as(summary.toString()).isZero();
    assertThat(summary.progress().accepted()).isEqualTo(2);
  }
}
