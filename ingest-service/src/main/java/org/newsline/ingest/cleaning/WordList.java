package org.newsline.ingest.cleaning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list beside this package's classes ({@code src/main/resources/org/newsline/ingest/
 * cleaning}), UTF-8, one word or phrase a line; blank lines and {@code #} comments left out,
 * entries lower-cased.
 */
final class WordList {

  private WordList() {}

  /** The entries as a set, for whole-word look-ups against {@link Page#key} words. */
  static Set<String> words(String resource) {
    InputStream in = WordList.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no word list " + resource + " beside " + WordList.class);
    }
    Set<String> entries = new LinkedHashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(entries);
  }

  /**
   * The entries as one case-insensitive pattern that finds any of them as whole words; the words of
   * a phrase may be separated by any white space or a hyphen.
   */
  static Pattern pattern(String resource) {
    String alternatives =
        words(resource).stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(entry -> Pattern.quote(entry).replace(" ", "\\E[\\s-]+\\Q"))
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
