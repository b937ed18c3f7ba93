package org.newsline.enrich.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The value of a number written in digits or words ("1,500", "3.7", "two hundred thousand"). */
final class NumberWords {

  private static final Pattern DIGITS =
      Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  private NumberWords() {}

  /** The value of the words, or null when they are not one number. */
  static Double value(List<String> words) {
    double total = 0;
    double current = 0;
    boolean any = false;
    for (String raw : words) {
      for (String w : raw.toLowerCase(Locale.ROOT).split("-")) {
        if (DIGITS.matcher(w).matches()) {
          if (any && current != 0) {
            return null; // two numbers side by side
          }
          current += Double.parseDouble(w.replace(",", ""));
        } else if (UNITS.containsKey(w)) {
          current += UNITS.get(w);
        } else if (w.equals("hundred")) {
          current = (current == 0 ? 1 : current) * 100;
        } else if (SCALES.containsKey(w)) {
          total += (current == 0 ? 1 : current) * SCALES.get(w);
          current = 0;
        } else if (!w.equals("and") || !any) {
          return null;
        }
        any = true;
      }
    }
    return any ? total + current : null;
  }
}
