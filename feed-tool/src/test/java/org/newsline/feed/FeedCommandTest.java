package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line, run in-process against a real HTTP server ({@link FakeIngestServer}). */
class FeedCommandTest {

  @TempDir Path data;
  @TempDir Path workingDirectory;
  FakeIngestServer ingest;

  /** What one run of the command returned and printed. */
  record Run(int code, String out, String err) {}

  /** Runs {@code feed} with {@code workingDirectory} as its working directory. */
  static Run feed(Path workingDirectory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    FeedCommand command =
        new FeedCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            workingDirectory);
    int code = new CommandLine(command).execute(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void startIngest() throws IOException {
    ingest = new FakeIngestServer();
  }

  @AfterEach
  void stopIngest() {
    ingest.close();
  }

  private Path ndjson(String... lines) throws IOException {
    return Files.writeString(data.resolve("articles.ndjson"), String.join("\n", lines) + "\n");
  }

  @Test
  void refusesToRunWithoutAnApiKey() {
    Run run = feed(workingDirectory, "some.ndjson", "--api-key", "");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no API key");
  }

  @Test
  void describesItsOptions() {
    String usage = new CommandLine(new FeedCommand()).getUsageMessage();

    assertThat(usage)
        .contains("--url", "--api-key", "--batch-size", "--resume", "--state", "INGEST_API_KEY");
  }

  @Test
  void givesTheSourceToItemsThatNameNoneAndKeepsTheirOwn() throws IOException {
    Path input =
        ndjson(
            "{\"id\": \"s-1\", \"body\": \"The port reopened on Monday.\"}",
            "{\"id\": \"s-2\", \"body\": \"Ferries returned.\", \"source\": \"Own Desk\"}");

    Run run =
        feed(
            workingDirectory,
            input.toString(),
            "--url",
            ingest.url().toString(),
            "--api-key",
            "k-1",
            "--source",
            "Coast Gazette");

    assertThat(run.code()).as(run.out()).isZero();
    FakeIngestServer.Request request = ingest.requests().get(0);
    assertThat(request.apiKey()).isEqualTo("k-1");
    assertThat(request.items())
        .extracting(item -> item.path("source").asString())
        .containsExactly("Coast Gazette", "Own Desk");
  }

  @Test
  void quietPrintsTheSummaryButNoProgressLine() throws IOException {
    Path input = ndjson("{\"id\": \"q-1\", \"body\": \"The port reopened on Monday.\"}");
    String[] args = {input.toString(), "--url", ingest.url().toString(), "--api-key", "k"};

    Run loud = feed(workingDirectory, args);
    Run quiet = feed(workingDirectory, concat(args, "--quiet"));

    assertThat(loud.err()).contains("1 sent |", "articles/s", "accepted 1");
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).startsWith("feed done: 1 sent, 1 accepted, 0 duplicate, 0 rejected");
    assertThat(quiet.out()).doesNotContain(" | ");
  }

  @Test
  void keepsItsStateInTheWorkingDirectoryNamedInTheSummaryAndResumesFromIt() throws IOException {
    Path input =
        ndjson(
            "{\"id\": \"r-1\", \"body\": \"The port reopened on Monday.\"}",
            "{\"id\": \"r-2\", \"body\": \"Ferries returned.\"}",
            "{\"id\": \"r-3\", \"body\": \"Crews worked in two shifts.\"}");
    List<Path> before = list(data);
    ingest.then(items -> FakeIngestServer.ok(items, i -> i == 1 ? "503" : "accepted"));
    String[] args = {input.toString(), "--url", ingest.url().toString(), "--api-key", "k"};

    Run first = feed(workingDirectory, concat(args, "--max-retries", "0"));
    assertThat(first.code()).as(first.out()).isEqualTo(1);
    Run resumed = feed(workingDirectory, concat(args, "--resume"));

    assertThat(list(data)).as("nothing written beside the input").isEqualTo(before);
    Path state = FeedOptions.defaultStateFile(input, workingDirectory);
    assertThat(state).startsWithRaw(workingDirectory.resolve(".feed-state"));
    assertThat(first.out()).contains("state: " + state.toAbsolutePath());
    assertThat(Files.readAllLines(state)).containsExactlyInAnyOrder("id:r-1", "id:r-3", "id:r-2");
    assertThat(ingest.requests().get(1).ids()).containsExactly("r-2");
    assertThat(resumed.out()).contains("1 sent, 1 accepted", "2 skipped");
  }

  @Test
  void defaultStateFilesTellInputsOfTheSameNameApart() throws IOException {
    Path one = Files.createDirectories(data.resolve("one")).resolve("feed.ndjson");
    Path two = Files.createDirectories(data.resolve("two")).resolve("feed.ndjson");

    Path stateOne = FeedOptions.defaultStateFile(one, workingDirectory);

    assertThat(stateOne)
        .isEqualTo(
            FeedOptions.defaultStateFile(data.resolve("two/../one/feed.ndjson"), workingDirectory))
        .isNotEqualTo(FeedOptions.defaultStateFile(two, workingDirectory));
    assertThat(stateOne.getFileName().toString())
        .startsWith("feed.ndjson-")
        .endsWith(".feed-state");
  }

  private static String[] concat(String[] args, String... more) {
    return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
