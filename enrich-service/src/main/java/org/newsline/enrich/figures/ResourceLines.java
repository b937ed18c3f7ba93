package org.newsline.enrich.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a word list or catalogue beside this package's classes, UTF-8: blank lines and
 * {@code #} comments left out, the rest as written (a TSV keeps its tabs).
 */
final class ResourceLines {

  private ResourceLines() {}

  static List<String> of(String resource) {
    InputStream in = ResourceLines.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no resource " + resource + " beside " + ResourceLines.class);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
