package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FeedCommandTest {

  @Test
  void refusesToRunWithoutAnApiKey() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    FeedCommand command =
        new FeedCommand(
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    int code = new CommandLine(command).execute("some.ndjson", "--api-key", "");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no API key");
  }

  @Test
  void describesItsOptions() {
    String usage = new CommandLine(new FeedCommand()).getUsageMessage();

    assertThat(usage)
        .contains("--url", "--api-key", "--batch-size", "--resume", "--state", "INGEST_API_KEY");
  }
}
