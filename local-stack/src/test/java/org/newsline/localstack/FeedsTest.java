package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.feed.FeedOptions;

class FeedsTest {

  @TempDir Path dir;

  @Test
  void feedsThePathToTheStacksIngestWithItsKeyAndHandsOnTheAcknowledgedIds() throws Exception {
    Path input = dir.resolve("in.ndjson");
    Files.writeString(
        input,
        """
        {"id": "a-1", "body": "The port reopened on Monday."}
        {"id": "a-2", "body": "Ferries returned on Tuesday."}
        {"id": "a-3", "body": ""}
        """);
    Path dataDir = Files.createDirectories(dir.resolve("data"));
    List<String> acknowledged = new ArrayList<>();
    try (FakeHttp ingest =
        new FakeHttp()
            .on(
                "/api/v1/articles/batch",
                request ->
                    new FakeHttp.Answer(
                        200,
                        """
                        {"accepted": 1, "duplicate": 1, "rejected": 1, "results": [
                          {"index": 0, "id": "a-1", "status": "accepted", "partition": 0, "offset": 7},
                          {"index": 1, "id": "a-2", "status": "duplicate"},
                          {"index": 2, "status": "rejected",
                           "problem": {"status": 422, "detail": "body: must not be blank"}}]}
                        """))) {

      int code =
          Feeds.feed(
              input,
              settings(dataDir, ingest.port()),
              ApiKeyFile.single("the-key"),
              acknowledged::add);

      assertThat(code).as("the feed tool's code for some rejected").isEqualTo(1);
      assertThat(acknowledged).containsExactly("a-1", "a-2");
      assertThat(ingest.requests())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.apiKey()).isEqualTo("the-key");
                assertThat(r.body()).contains("\"a-1\"", "\"a-2\"", "\"a-3\"");
              });
    }
    // The feed's state belongs to the stack: in its data directory, not the working directory.
    assertThat(FeedOptions.defaultStateFile(input, dataDir)).exists().startsWith(dataDir);
  }

  private static LocalStackSettings settings(Path dataDir, int ingestPort) {
    return new LocalStackSettings(dataDir, 1, 2, 3, ingestPort, 5, 6);
  }
}
