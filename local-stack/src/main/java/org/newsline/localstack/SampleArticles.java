package org.newsline.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The sample articles shipped with the local stack (the project's own text). */
public final class SampleArticles {

  private static final String RESOURCE = "samples/sample-articles.ndjson";

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
