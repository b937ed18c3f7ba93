package org.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The curl examples {@code ReadmeExamplesIT} runs are the ones the README shows, character for
 * character: a change to one without the other fails here.
 */
class ReadmeCurlExamplesTest {

  private static final String[] SCRIPTS = {
    "01-single-json.sh",
    "02-text.sh",
    "03-html.sh",
    "04-batch-ndjson.sh",
    "05-invalid-422.sh",
    "06-remove.sh"
  };

  @Test
  void everyTestedCurlExampleAppearsVerbatimInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    for (String script : SCRIPTS) {
      try (InputStream in = getClass().getResourceAsStream("/readme/" + script)) {
        assertThat(in).as(script).isNotNull();
        String example = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(readme).as("README.md shows " + script).contains(example);
      }
    }
  }
}
