package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class SampleFeedTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dataDir;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void feedsTheSamplesToADataDirectoryOnceAndSaysSoOnTheNextStart() throws Exception {
    try (FakeHttp ingest = ingestAnswering(-1)) {
      FedArticles first = new FedArticles();
      SampleFeed.feed(client(ingest), dataDir, out, first);
      FedArticles again = new FedArticles();
      SampleFeed.feed(client(ingest), dataDir, out, again);

      assertThat(ingest.requests())
          .as("one batch for both starts")
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.apiKey()).isEqualTo("write-key");
                assertThat(r.body())
                    .isEqualTo(new String(SampleArticles.ndjson(), StandardCharsets.UTF_8));
              });
      assertThat(first.ids()).isEqualTo(SampleArticles.ids()).hasSize(5);
      assertThat(again.ids()).isEmpty();
      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .contains("Fed 5 sample articles: 5 accepted, 0 duplicate, 0 rejected.")
          .contains(
              "Sample articles: fed to this data directory on an earlier start, not fed again"
                  + " (delete "
                  + dataDir.resolve(SampleArticles.FED_MARKER));
    }
  }

  @Test
  void onlyTheSamplesIngestAcknowledgedCountAsFed() throws Exception {
    try (FakeHttp ingest = ingestAnswering(2)) {
      FedArticles fed = new FedArticles();
      SampleFeed.feed(client(ingest), dataDir, out, fed);

      List<String> expected = new java.util.ArrayList<>(SampleArticles.ids());
      expected.remove(2);
      assertThat(fed.ids()).isEqualTo(expected);
      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .contains("4 accepted, 0 duplicate, 1 rejected");
    }
  }

  /** A fake ingest that accepts every item of a batch but the one at {@code rejectedIndex}. */
  private static FakeHttp ingestAnswering(int rejectedIndex) throws Exception {
    return new FakeHttp()
        .on(
            "/api/v1/articles/batch",
            r -> {
              List<String> ids =
                  r.body().lines().map(l -> JSON.readTree(l).get("id").asString()).toList();
              String results =
                  IntStream.range(0, ids.size())
                      .mapToObj(
                          i ->
                              i == rejectedIndex
                                  ? "{\"index\": " + i + ", \"status\": \"rejected\"}"
                                  : "{\"index\": "
                                      + i
                                      + ", \"id\": \""
                                      + ids.get(i)
                                      + "\", \"status\": \"accepted\"}")
                      .collect(Collectors.joining(","));
              int rejected = rejectedIndex < 0 ? 0 : 1;
              return new FakeHttp.Answer(
                  200,
                  "{\"accepted\": "
                      + (ids.size() - rejected)
                      + ", \"duplicate\": 0, \"rejected\": "
                      + rejected
                      + ", \"results\": ["
                      + results
                      + "]}");
            });
  }

  private static StoreClient client(FakeHttp ingest) {
    return new StoreClient(
        new LocalStackSettings(Path.of("unused"), 1, 2, 3, ingest.port(), 5, 6),
        new ApiKeyFile("write-key", "read-key", "ops-key", false));
  }
}
