package org.newsline.enrich.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsline.enrich.resources.ResourceLines;

/**
 * Scale words and suffixes ({@code scale-words.tsv}): "million", "bn", the "m" of "25m". CoreNLP's
 * normaliser drops some of them ("$10-25m" is 10 to 25, "1.2 trn yen" is 1.2).
 */
final class ScaleWords {

  private static final Pattern GLUED = Pattern.compile("\\d([a-z]+)");

  private static final Map<String, Double> WORDS = new HashMap<>();
  private static final Set<String> GLUED_SUFFIXES = new HashSet<>();

  static {
    for (String line : ResourceLines.of(ScaleWords.class, "scale-words.tsv")) {
      String[] cols = line.split("\t");
      WORDS.put(cols[0], Double.parseDouble(cols[1]));
      if (cols[2].equals("yes")) {
        GLUED_SUFFIXES.add(cols[0]);
      }
    }
  }

  private ScaleWords() {}

  /**
   * The factor a token writes: a scale word on its own ("bn", "million") or a suffix glued to
   * digits ("25m", "40k"); 1 for none.
   */
  static double factor(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Double alone = WORDS.get(w);
    if (alone != null) {
      return alone;
    }
    Matcher m = GLUED.matcher(w);
    if (m.find() && m.end() == w.length() && GLUED_SUFFIXES.contains(m.group(1))) {
      return WORDS.get(m.group(1));
    }
    return 1;
  }

  private static final Pattern GLUED_AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)([a-z]+)");

  /**
   * The value of digits with a scale suffix glued on ("25bn" 2.5e10, "40k" 40,000), or null when
   * the word is none (a bare number, "10m", whose "m" may also be metres, or another suffix).
   */
  static Double gluedValue(String word) {
    Matcher m = GLUED_AMOUNT.matcher(word.toLowerCase(Locale.ROOT));
    if (!m.matches() || m.group(2).equals("m") || !GLUED_SUFFIXES.contains(m.group(2))) {
      return null;
    }
    return Double.parseDouble(m.group(1)) * WORDS.get(m.group(2));
  }

  static boolean isScaleWord(String word) {
    return WORDS.containsKey(word.toLowerCase(Locale.ROOT));
  }
}
