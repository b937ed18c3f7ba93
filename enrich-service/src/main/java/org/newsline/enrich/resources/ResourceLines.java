package org.newsline.enrich.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lines of a word list or catalogue beside the class that reads it, UTF-8: blank lines and
 * {@code #} comments left out, the rest as written (a TSV keeps its tabs).
 */
public final class ResourceLines {

  private ResourceLines() {}

  /** The lines of {@code resource}, a class-path resource beside {@code owner}. */
  public static List<String> of(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no resource " + resource + " beside " + owner);
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

  /** The words of a list of one word a line, as written (case kept). */
  public static Set<String> words(Class<?> owner, String resource) {
    return Set.copyOf(of(owner, resource));
  }
}
