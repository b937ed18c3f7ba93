package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Ctrl-C: the tool in a JVM of its own, sent SIGINT while ingest holds a batch. */
class FeedCtrlCTest {

  @TempDir Path dir;
  FakeIngestServer ingest;
  final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void startIngest() throws IOException {
    ingest = new FakeIngestServer();
  }

  @AfterEach
  void stopIngest() {
    release.countDown();
    ingest.close();
  }

  @Test
  void ctrlCPrintsTheCountsSoFarAndTheStateFileAndExitsWith130() throws Exception {
    Path input =
        Files.writeString(
            dir.resolve("four.ndjson"),
            "{\"id\": \"c-1\", \"body\": \"One.\"}\n{\"id\": \"c-2\", \"body\": \"Two.\"}\n"
                + "{\"id\": \"c-3\", \"body\": \"Three.\"}\n{\"id\": \"c-4\", \"body\": \"Four.\"}\n");
    ingest.then(items -> FakeIngestServer.ok(items, i -> "accepted"));
    // The second batch is held until the test ends: the tool waits for its answer.
    ingest.then(
        items -> {
          try {
            release.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return FakeIngestServer.ok(items, i -> "accepted");
        });
    List<String> command = new ArrayList<>();
    if (new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0) {
      // A JVM started with SIGINT ignored (a background job of a script) never runs its hooks.
      command.addAll(List.of("env", "--default-signal=INT"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            FeedCommand.class.getName(),
            input.toString(),
            "--url",
            ingest.url().toString(),
            "--api-key",
            "k",
            "--batch-size",
            "2"));
    Process feed =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> assertThat(ingest.requests()).as("the second batch reached ingest").hasSize(2));

      new ProcessBuilder("kill", "-INT", Long.toString(feed.pid())).start().waitFor();

      assertThat(feed.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
      String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
      assertThat(feed.exitValue()).as(out).isEqualTo(130);
      assertThat(out)
          .contains("feed interrupted: 2 sent, 2 accepted, 0 duplicate, 0 rejected, 0 skipped")
          .contains("state: ")
          .contains(".feed-state");
    } finally {
      feed.destroyForcibly();
    }
  }
}
