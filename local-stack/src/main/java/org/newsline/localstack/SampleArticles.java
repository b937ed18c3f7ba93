package org.newsline.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The sample articles shipped with the local stack (the project's own text). */
public final class SampleArticles {

  private static final String RESOURCE = "samples/sample-articles.ndjson";

  /** In the data directory once ingest acknowledged the samples: a restart does not feed them. */
  static final String FED_MARKER = "samples-fed";

  private SampleArticles() {}

  /** The NDJSON as shipped. */
  public static byte[] ndjson() {
    try (InputStream in = SampleArticles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the samples were fed to the stack of {@code dataDir} on an earlier start. */
  static boolean fedBefore(Path dataDir) {
    return Files.exists(dataDir.resolve(FED_MARKER));
  }

  /** Records that ingest acknowledged the samples for the stack of {@code dataDir}. */
  static void markFed(Path dataDir) {
    try {
      Files.writeString(
          dataDir.resolve(FED_MARKER),
          "The sample articles were fed to this stack; delete this file to feed them again."
              + System.lineSeparator(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataDir.resolve(FED_MARKER), e);
    }
  }

  /** The ids of the sample articles, in file order. */
  public static List<String> ids() {
    JsonMapper json = JsonMapper.builder().build();
    List<String> ids = new ArrayList<>();
    for (String line : new String(ndjson(), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        ids.add(json.readTree(line).get("id").asString());
      }
    }
    return ids;
  }
}
