package org.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsline.feed.FeedOptions;
import org.newsline.feed.FeedSummary;
import org.newsline.feed.Feeder;
import org.newsline.model.RawArticle;
import org.newsline.model.Topics;
import org.newsline.model.spring.PlatformKafkaProperties;
import org.newsline.testsupport.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opt-in ({@code -Dnewsline.corpus=true}): feeds the shared BBC corpus through the service and
 * prints throughput and what the cleaner removed, for a human to judge. Not part of the normal
 * suite: it is a measurement, not a test of timing.
 */
@EmbeddedIngestContext
class CorpusFeedIT {

  private static final Path CORPUS =
      Path.of("..", "..", "shared", "corpus", "bbc_news_fulltext.ndjson");

  @LocalServerPort int port;
  @Autowired PlatformKafkaProperties kafka;

  @Test
  void feedsTheBbcCorpus() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("newsline.corpus"), "opt-in: -Dnewsline.corpus=true");
    Assumptions.assumeTrue(Files.exists(CORPUS), "../shared/corpus is absent");
    Path state = Files.createTempFile("corpus", ".feed-state");
    FeedOptions options =
        FeedOptions.of(CORPUS, URI.create("http://localhost:" + port), IngestHttp.KEY)
            .withBatchSize(20)
            .withResume(false, state);

    FeedSummary summary = new Feeder(options, p -> {}).run();

    System.out.println(
        "CORPUS " + summary.progress().line() + " in " + summary.progress().elapsed());
    summary.rejections().forEach(r -> System.out.println("CORPUS rejected " + r));
    assertThat(summary.completed()).isTrue();
    String topic = kafka.nameOf(Topics.ARTICLES_RAW);
    Map<String, Integer> removed = new HashMap<>();
    int withRemovals = 0;
    int count = 0;
    for (ConsumerRecord<String, byte[]> r :
        TopicReader.readKeys(
            EmbeddedInfrastructure.get(),
            topic,
            k -> k.startsWith("bbc-"),
            (int) summary.progress().accepted())) {
      RawArticle article = TopicReader.decode(topic, r.value());
      count++;
      if (!article.removedLines().isEmpty()) {
        withRemovals++;
        article
            .removedLines()
            .forEach(
                l ->
                    removed.merge(
                        l.length() > 120 ? l.substring(0, 120) + "…" : l, 1, Integer::sum));
      }
    }
    System.out.println(
        "CORPUS articles read back " + count + ", with removed lines " + withRemovals);
    removed.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(60)
        .forEach(e -> System.out.println("CORPUS removed x" + e.getValue() + ": " + e.getKey()));
  }
}
