package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.testsupport.FreePorts;

/**
 * {@code ./run-local}'s options: how they are read, and that a bad one is named, with exit code 2,
 * before anything starts (no data directory, no key, no broker).
 */
class LocalStackCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void withoutOptionsItRunsOnTheReadmesPortsAndDataDirectoryAndFeedsTheSamples() {
    LocalStackCommand command = parse();

    assertThat(command.settings())
        .isEqualTo(
            new LocalStackSettings(
                Path.of(".local-stack").toAbsolutePath().normalize(),
                9092,
                9093,
                27017,
                8081,
                8082,
                8083));
    assertThat(command.noSamples).isFalse();
    assertThat(command.feed).isNull();
    assertThat(command.exitWhenFed).isFalse();
    assertThat(command.storeTimeout).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void everyOptionIsRead() {
    LocalStackCommand command =
        parse(
            "--data-dir=" + dir.resolve("d/../data"),
            "--kafka-port=1001",
            "--kafka-controller-port=1002",
            "--mongo-port=1003",
            "--ingest-port=1004",
            "--enrich-port=1005",
            "--store-port=1006",
            "--no-samples",
            "--feed",
            "articles",
            "--exit-when-fed",
            "--store-timeout=PT30S");

    assertThat(command.settings())
        .isEqualTo(new LocalStackSettings(dir.resolve("data"), 1001, 1002, 1003, 1004, 1005, 1006));
    assertThat(command.noSamples).isTrue();
    assertThat(command.feed).isEqualTo(Path.of("articles"));
    assertThat(command.exitWhenFed).isTrue();
    assertThat(command.storeTimeout).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void settingsReadBackFromTheirArgumentsAreTheSame() {
    LocalStackSettings settings =
        new LocalStackSettings(dir.resolve("data"), 2001, 2002, 2003, 2004, 2005, 2006);

    assertThat(parse(settings.arguments().toArray(String[]::new)).settings()).isEqualTo(settings);
  }

  @Test
  void helpListsTheOptionsAndExitCodesWithoutStartingAnything() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--no-samples", "--feed=PATH", "--exit-when-fed", "--data-dir", "--kafka-port")
        .contains("Exit codes:", "130 stopped with Ctrl-C");
  }

  @Test
  void aPortOutOfRangeIsNamedWithItsOptionAndExitsWith2BeforeAnythingStarts() {
    assertThat(run(dataDir(), "--kafka-port=70000", "--store-port=0")).isEqualTo(2);

    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--kafka-port=70000 is not a port: choose one from 1 to 65535.")
        .contains("--store-port=0 is not a port");
    assertNothingStarted();
  }

  @Test
  void aPortThatIsNotANumberIsNamedAndExitsWith2() {
    assertThat(run(dataDir(), "--ingest-port=eighty")).isEqualTo(2);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--ingest-port", "eighty");
    assertNothingStarted();
  }

  @Test
  void twoServersOnOnePortAreNamedAndExitWith2() throws Exception {
    try (ServerSocket taken = takenPort()) {
      int port = taken.getLocalPort();

      assertThat(run(dataDir(), "--enrich-port=" + port, "--store-port=" + port)).isEqualTo(2);

      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("--store-port=" + port + " is the port of --enrich-port too");
    }
    assertNothingStarted();
  }

  @Test
  void aMissingFeedPathIsNamedAndExitsWith2BeforeTheStackStarts() throws Exception {
    Path missing = dir.resolve("no-such-articles");
    try (ServerSocket taken = takenPort()) {

      assertThat(
              run(dataDir(), "--feed", missing.toString(), "--kafka-port=" + taken.getLocalPort()))
          .isEqualTo(2);

      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("--feed " + missing + ": no such file or directory")
          .doesNotContain("already in use");
    }
    assertNothingStarted();
  }

  @Test
  void aPortInUseIsNamedWithTheOptionThatChangesItAndExitsWith2() throws Exception {
    try (ServerSocket taken = takenPort()) {
      List<String> args = new ArrayList<>(List.of(dataDir(), "--no-samples", "--exit-when-fed"));
      args.add("--mongo-port=" + taken.getLocalPort());
      for (String option :
          List.of(
              "--kafka-port",
              "--kafka-controller-port",
              "--ingest-port",
              "--enrich-port",
              "--store-port")) {
        args.add(option + "=" + FreePorts.pick());
      }

      assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("(MongoDB stand-in) is already in use")
        .contains("--mongo-port=PORT");
    assertNothingStarted();
  }

  /**
   * A port in use for the test's duration: where a check under test let a start through, the
   * stack's own port check still stops it, and the test fails on the message instead of starting a
   * stack on the README's ports.
   */
  private static ServerSocket takenPort() throws Exception {
    ServerSocket taken = new ServerSocket();
    taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return taken;
  }

  private String dataDir() {
    return "--data-dir=" + dir.resolve("data");
  }

  private void assertNothingStarted() {
    assertThat(dir.resolve("data"))
        .as("the data directory, created by the first start")
        .doesNotExist();
  }

  private LocalStackCommand parse(String... args) {
    LocalStackCommand command = command();
    LocalStackCommand.commandLine(command).parseArgs(args);
    return command;
  }

  private int run(String... args) {
    return LocalStackCommand.commandLine(command()).execute(args);
  }

  private LocalStackCommand command() {
    return new LocalStackCommand(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of());
  }
}
