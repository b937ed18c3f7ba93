package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./run-local --help} answers before any build, from {@code local-stack/run-local-help.txt}:
 * the text must be what the command itself prints.
 */
class RunLocalHelpTest {

  private static final Path HELP = Path.of("run-local-help.txt");
  private static final Path SCRIPT = Path.of("..", "run-local");

  @Test
  void theHelpFileIsWhatTheCommandPrints() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code =
        LocalStackCommand.commandLine(new LocalStackCommand(out, out, Map.of())).execute("--help");

    assertThat(code).isZero();
    assertThat(Files.readString(HELP))
        .as(
            "local-stack/run-local-help.txt is stale: write the output of"
                + " LocalStackCommand --help into it")
        .isEqualTo(bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theScriptPrintsTheHelpWithoutBuilding(@TempDir Path checkout) throws Exception {
    // A checkout with the script and the help text but no Maven wrapper: any build would fail.
    Files.copy(SCRIPT, checkout.resolve("run-local"));
    Files.createDirectories(checkout.resolve("local-stack"));
    Files.copy(HELP, checkout.resolve("local-stack").resolve("run-local-help.txt"));

    for (String option : new String[] {"--help", "-h"}) {
      Process process =
          new ProcessBuilder("sh", checkout.resolve("run-local").toString(), "--no-samples", option)
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).as(option).isEqualTo(Files.readString(HELP));
    }
  }
}
