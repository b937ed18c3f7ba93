package org.newsline.enrich.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Time-zone words ({@code time-zones.txt}): "1430 GMT" is a clock time, not a count. */
final class TimeZones {

  private static final Set<String> WORDS = load();

  private TimeZones() {}

  static boolean isTimeZone(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                TimeZones.class.getResourceAsStream("time-zones.txt"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
