package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store-url}: the feed followed to the store, against real HTTP servers. */
class FeedToTheStoreTest {

  @TempDir Path data;
  @TempDir Path workingDirectory;
  FakeIngestServer ingest;
  FakeStoreServer store;

  @BeforeEach
  void startServers() throws IOException {
    ingest = new FakeIngestServer();
    store = new FakeStoreServer("store-key");
  }

  @AfterEach
  void stopServers() {
    ingest.close();
    store.close();
  }

  private Path threeArticles() throws IOException {
    return Files.writeString(
        data.resolve("articles.ndjson"),
        "{\"id\": \"t-1\", \"body\": \"The port reopened.\"}\n"
            + "{\"id\": \"t-2\", \"body\": \"Ferries returned.\"}\n"
            + "{\"id\": \"t-3\", \"body\": \"The bridge is open.\"}\n");
  }

  private FeedCommandTest.Run feed(Path input, String... more) {
    String[] args = new String[6 + more.length];
    args[0] = input.toString();
    args[1] = "--url";
    args[2] = ingest.url().toString();
    args[3] = "--api-key";
    args[4] = "ingest-key";
    args[5] = "--store-url=" + store.url();
    System.arraycopy(more, 0, args, 6, more.length);
    return FeedCommandTest.feed(workingDirectory, args);
  }

  @Test
  void waitsUntilTheStoreHoldsEveryAcknowledgedArticleShowingTheBar() throws IOException {
    // The store takes them over three looks: one, then all.
    AtomicInteger looks = new AtomicInteger();
    store.onRequest(
        () -> {
          int look = looks.incrementAndGet();
          if (look == 2) {
            store.store("t-1");
          } else if (look >= 3) {
            store.store("t-1", "t-2", "t-3");
          }
        });

    FeedCommandTest.Run run = feed(threeArticles(), "--store-api-key", "store-key");

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("store done: 3 of 3 acknowledged articles stored");
    assertThat(run.err())
        .as("the send line, with the input's total")
        .contains("100% of 3 [##############################] sent | 3 sent |");
    assertThat(run.err())
        .contains("stored 0 of 3 (0%) [------------------------------]")
        .contains("stored 1 of 3 (33%) [##########--------------------]")
        .contains("stored 3 of 3 (100%) [##############################]")
        .contains("all stored");
    assertThat(store.requests()).isEqualTo(3);
  }

  @Test
  void followsOnlyWhatIngestAcknowledged() throws IOException {
    ingest.then(items -> FakeIngestServer.ok(items, i -> i == 1 ? "422" : "accepted"));
    store.store("t-1", "t-3");

    FeedCommandTest.Run run = feed(threeArticles(), "--store-api-key", "store-key");

    assertThat(run.code()).as("one rejected").isEqualTo(1);
    assertThat(run.out()).contains("store done: 2 of 2 acknowledged articles stored");
  }

  @Test
  void exitsWith3WhenNotEverythingIsStoredByTheTimeout() throws IOException {
    store.store("t-2");

    long started = System.nanoTime();
    FeedCommandTest.Run run =
        feed(threeArticles(), "--store-api-key", "store-key", "--store-timeout", "1");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).contains("store not done: 1 of 3 acknowledged articles stored");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(1));
  }

  @Test
  void takesTheIngestKeyForTheStoreWhenNoStoreKeyIsGivenAndSaysWhatTheStoreAnswered()
      throws IOException {
    store.store("t-1", "t-2", "t-3");

    FeedCommandTest.Run run = feed(threeArticles(), "--store-api-key", "");

    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).contains("the store answered 401");
  }

  @Test
  void asksAboutAtMostAThousandIdsPerRequest() throws Exception {
    StoreWatch watch = new StoreWatch(store.url(), "store-key");
    for (int i = 0; i < 2500; i++) {
      watch.acknowledged("id-" + i);
    }
    watch.acknowledged("id-7"); // once only
    store.store("id-0", "id-1999", "id-2499");

    assertThat(watch.poll()).isEqualTo(3);
    assertThat(watch.acknowledgedCount()).isEqualTo(2500);
    assertThat(store.requests()).isEqualTo(3);
    // Stored ids are not asked about again.
    store.store("id-5");
    assertThat(watch.poll()).isEqualTo(4);
  }

  @Test
  void theLineGivesShareBarRateAndEta() {
    StoreProgress halfway = new StoreProgress(50, 100, Duration.ofSeconds(10), 0);

    assertThat(halfway.line())
        .isEqualTo(
            "stored 50 of 100 (50%) [###############---------------] 5.0 articles/s, ETA 10 s");
    assertThat(new StoreProgress(10, 100, Duration.ofSeconds(5), 10).line())
        .endsWith("0.0 articles/s, ETA unknown");
    assertThat(new StoreProgress(0, 0, Duration.ZERO, 0).done()).isTrue();
  }
}
