package org.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the README's examples as written ({@code src/test/resources/readme/*.sh}, with {@code
 * localhost:8081} pointed at the test's port) through bash and curl, and the feed tool's jar when
 * it has been built. Skips when bash or curl is missing.
 */
@EmbeddedIngestContext
class ReadmeExamplesIT {

  @LocalServerPort int port;
  @TempDir Path dir;

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in =
        ReadmeExamplesIT.class.getResourceAsStream("/readme/expected-status.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String[] parts = line.trim().split(" ");
          out.add(Arguments.of(parts[0], Integer.parseInt(parts[1])));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readmeCurlExampleWorksAsWritten(String script, int expectedStatus) throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/curl")) || Files.isExecutable(Path.of("/bin/curl")),
        "no curl");
    String command;
    try (InputStream in = ReadmeExamplesIT.class.getResourceAsStream("/readme/" + script)) {
      command = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    command = command.replace("http://localhost:8081", "http://localhost:" + port);

    Result result =
        run(List.of("bash", "-c", command + " -o " + dir.resolve("body") + " -w '%{http_code}'"));

    String body = Files.readString(dir.resolve("body"));
    System.out.println(script + " -> " + result.output + " " + body);
    assertThat(result.output.trim()).as(body).isEqualTo(Integer.toString(expectedStatus));
  }

  @Test
  void feedToolJarFeedsAnNdjsonFileKeepingItsStateInTheWorkingDirectory() throws Exception {
    Path jar = Path.of("..", "feed-tool", "target", "feed-tool.jar").toAbsolutePath();
    Assumptions.assumeTrue(Files.exists(jar), "feed-tool.jar not built");
    Path input = Files.createDirectories(dir.resolve("data")).resolve("articles.ndjson");
    Path workingDirectory = Files.createDirectories(dir.resolve("work"));
    Files.writeString(
        input,
        "{\"id\": \"readme-feed-1\", \"title\": \"Harbour\", \"body\": \"The port reopened on Monday after eleven weeks.\", \"category\": \"local\"}\n"
            + "{\"id\": \"readme-feed-2\", \"title\": \"Ferries\", \"body\": \"Ferries returned to the north quay on Tuesday.\", \"category\": \"local\"}\n");

    Result result =
        run(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                input.toString(),
                "--url",
                "http://localhost:" + port,
                "--batch-size",
                "10"),
            workingDirectory);

    System.out.println(result.output);
    assertThat(result.exit).as(result.output).isZero();
    assertThat(result.output).contains("2 accepted");
    Path state;
    try (var files = Files.list(workingDirectory.resolve(".feed-state"))) {
      state = files.findFirst().orElseThrow();
    }
    assertThat(result.output).contains("state: " + state);
    try (var files = Files.list(input.getParent())) {
      assertThat(files).containsExactly(input);
    }
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command) throws Exception {
    return run(command, null);
  }

  private static Result run(List<String> command, Path workingDirectory) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (workingDirectory != null) {
      builder.directory(workingDirectory.toFile());
    }
    builder.environment().put("INGEST_API_KEY", IngestHttp.KEY);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
