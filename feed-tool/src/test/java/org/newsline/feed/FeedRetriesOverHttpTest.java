package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.feed.FeedCommandTest.Run;

/**
 * The command against a real HTTP server answering 503 with {@code Retry-After}, as the ingest
 * service does when Kafka does not take a write. Waits are measured on the server, from the moment
 * an answer was sent to the next request's arrival, and only from below.
 */
class FeedRetriesOverHttpTest {

  private static final long RETRY_AFTER_SECONDS = 1;

  @TempDir Path dir;
  FakeIngestServer ingest;
  Path input;

  @BeforeEach
  void setUp() throws IOException {
    ingest = new FakeIngestServer();
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      lines.append("{\"id\": \"b-%d\", \"body\": \"Harbour story %d.\"}\n".formatted(i, i));
    }
    input = Files.writeString(dir.resolve("in.ndjson"), lines);
  }

  @AfterEach
  void tearDown() {
    ingest.close();
  }

  private Run feed(String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                input.toString(),
                "--url",
                ingest.url().toString(),
                "--api-key",
                "k",
                "--state",
                dir.resolve("state").toString(),
                "--quiet"));
    args.addAll(List.of(more));
    return FeedCommandTest.feed(dir, args.toArray(String[]::new));
  }

  private Duration waitedBefore(int request) {
    return Duration.ofNanos(
        ingest.requests().get(request).arrivedNanos() - ingest.answeredNanos(request - 1));
  }

  @Test
  void waitsWhatRetryAfterSaysAndResendsOnlyTheItemsKafkaDidNotTake() {
    ingest.then(
        items ->
            FakeIngestServer.partly(
                items,
                i ->
                    switch (i) {
                      case 0 -> "accepted";
                      case 1 -> "503";
                      default -> "422";
                    },
                RETRY_AFTER_SECONDS));

    Run run = feed();

    assertThat(run.code()).as(run.out()).isEqualTo(1);
    assertThat(ingest.requests())
        .extracting(FakeIngestServer.Request::ids)
        .containsExactly(List.of("b-1", "b-2", "b-3"), List.of("b-2"));
    assertThat(waitedBefore(1)).isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_SECONDS));
    assertThat(run.out()).contains("3 sent, 2 accepted, 0 duplicate, 1 rejected");
  }

  @Test
  void givesUpOnABatchAfterMaxRetriesOf503AndFeedsTheNext() {
    for (int i = 0; i < 3; i++) {
      ingest.then(items -> FakeIngestServer.unavailable(items, RETRY_AFTER_SECONDS));
    }

    Run run = feed("--batch-size", "2", "--max-retries", "2");

    assertThat(ingest.requests())
        .extracting(FakeIngestServer.Request::ids)
        .containsExactly(
            List.of("b-1", "b-2"), List.of("b-1", "b-2"), List.of("b-1", "b-2"), List.of("b-3"));
    assertThat(waitedBefore(1)).isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_SECONDS));
    assertThat(waitedBefore(2)).isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_SECONDS));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains("3 sent, 1 accepted, 0 duplicate, 2 rejected")
        .contains("rejected id:b-1: gave up after 3 attempts");
  }
}
