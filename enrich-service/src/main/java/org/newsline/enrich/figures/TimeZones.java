package org.newsline.enrich.figures;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;

/** Time-zone words ({@code time-zones.txt}): "1430 GMT" is a clock time, not a count. */
final class TimeZones {

  private static final Set<String> WORDS = load();

  private TimeZones() {}

  static boolean isTimeZone(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (String line : ResourceLines.of(TimeZones.class, "time-zones.txt")) {
      words.add(line.trim());
    }
    return words;
  }
}
