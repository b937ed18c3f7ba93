package org.newsline.enrich.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Canonical units for scoring ({@code unit-names.tsv}): "US$", "dollars" and Recognizers-Text's
 * "United States dollar" are all {@code USD}; "km/h" and "Kilometer per hour" {@code km_per_hour};
 * a counted noun phrase compares by its head word without a plural -s ("contract soldiers" and
 * "soldier" are both {@code soldier}). The harness's own table, kept apart from the engine's, so
 * that the engine cannot grade itself.
 */
final class UnitNames {

  private static final Map<String, String> MONEY = new HashMap<>();
  private static final Map<String, String> OTHER = new HashMap<>();

  static {
    InputStream in = UnitNames.class.getResourceAsStream("unit-names.tsv");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        boolean money = cols[0].length() == 3 && cols[0].equals(cols[0].toUpperCase(Locale.ROOT));
        for (String form : cols[1].split(",")) {
          (money ? MONEY : OTHER).put(form.trim(), cols[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private UnitNames() {}

  /** The canonical name of a unit as written, or null for null. */
  static String canonical(String unit, boolean money) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    String u = unit.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    Map<String, String> first = money ? MONEY : OTHER;
    Map<String, String> second = money ? OTHER : MONEY;
    String[] words = u.split(" ");
    for (int from = 0; from < words.length; from++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
      String found = first.getOrDefault(tail, second.get(tail));
      if (found != null) {
        return found;
      }
    }
    String head = words[words.length - 1];
    int hyphen = head.lastIndexOf('-');
    if (hyphen > 0 && hyphen < head.length() - 1) {
      head = head.substring(hyphen + 1);
    }
    return singular(head);
  }

  private static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("men") && w.length() >= 3) {
      return w.substring(0, w.length() - 3) + "man";
    }
    if (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 2) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
