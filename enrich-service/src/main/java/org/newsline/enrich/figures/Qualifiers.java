package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.Qualifier;

/**
 * The words before an amount that qualify it ("at least", "as many as", "around"), and the two
 * words after it that bound it ("or more", "or fewer").
 */
final class Qualifiers {

  /** A qualifying phrase, lower case, and what it means; longest phrases first. */
  private record Phrase(List<String> words, Qualifier qualifier) {}

  private static final List<Phrase> PHRASES =
      List.of(
          phrase(Qualifier.AT_LEAST, "no", "fewer", "than"),
          phrase(Qualifier.AT_LEAST, "no", "less", "than"),
          phrase(Qualifier.AT_LEAST, "not", "less", "than"),
          phrase(Qualifier.AT_MOST, "no", "more", "than"),
          phrase(Qualifier.AT_MOST, "not", "more", "than"),
          phrase(Qualifier.AT_MOST, "as", "many", "as"),
          phrase(Qualifier.AT_MOST, "as", "much", "as"),
          phrase(Qualifier.MORE_THAN, "in", "excess", "of"),
          phrase(Qualifier.APPROXIMATE, "an", "estimated"),
          phrase(Qualifier.AT_LEAST, "at", "least"),
          phrase(Qualifier.AT_MOST, "at", "most"),
          phrase(Qualifier.AT_MOST, "up", "to"),
          phrase(Qualifier.MORE_THAN, "more", "than"),
          phrase(Qualifier.MORE_THAN, "upwards", "of"),
          phrase(Qualifier.LESS_THAN, "fewer", "than"),
          phrase(Qualifier.LESS_THAN, "less", "than"),
          phrase(Qualifier.APPROXIMATE, "approximately"),
          phrase(Qualifier.APPROXIMATE, "approx."),
          phrase(Qualifier.APPROXIMATE, "around"),
          phrase(Qualifier.APPROXIMATE, "about"),
          phrase(Qualifier.APPROXIMATE, "roughly"),
          phrase(Qualifier.APPROXIMATE, "nearly"),
          phrase(Qualifier.APPROXIMATE, "almost"),
          phrase(Qualifier.APPROXIMATE, "some"),
          phrase(Qualifier.APPROXIMATE, "estimated"),
          phrase(Qualifier.APPROXIMATE, "circa"),
          phrase(Qualifier.MORE_THAN, "over"),
          phrase(Qualifier.MORE_THAN, "above"),
          phrase(Qualifier.MORE_THAN, "exceeding"),
          phrase(Qualifier.MORE_THAN, "exceed"),
          phrase(Qualifier.MORE_THAN, "exceeds"),
          phrase(Qualifier.MORE_THAN, "exceeded"),
          phrase(Qualifier.MORE_THAN, "surpass"),
          phrase(Qualifier.MORE_THAN, "surpasses"),
          phrase(Qualifier.MORE_THAN, "surpassed"),
          phrase(Qualifier.MORE_THAN, "surpassing"),
          phrase(Qualifier.LESS_THAN, "under"),
          phrase(Qualifier.LESS_THAN, "below"));

  private Qualifiers() {}

  private static Phrase phrase(Qualifier q, String... words) {
    return new Phrase(List.of(words), q);
  }

  /** A qualifier phrase found, and the index of its first token. */
  record Found(Qualifier qualifier, int firstToken) {}

  /**
   * The qualifying phrase ending right before token {@code at} (an "a"/"an" between phrase and
   * number is allowed: "more than a hundred"), or null.
   */
  static Found before(List<CoreLabel> tokens, int at) {
    int end = at;
    if (end > 0 && isArticle(tokens.get(end - 1).word())) {
      end--;
    }
    for (Phrase p : PHRASES) {
      int n = p.words().size();
      int from = end - n;
      if (from < 0) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        match = tokens.get(from + k).word().toLowerCase(Locale.ROOT).equals(p.words().get(k));
      }
      if (match) {
        return new Found(p.qualifier(), from);
      }
    }
    return null;
  }

  /** Two words after an amount that bound it ({@code qualifiers-after.txt}), by the two words. */
  private static final Map<String, Qualifier> AFTER = loadAfter();

  /** A bounding phrase after an amount, and the index of its last token. */
  record After(Qualifier qualifier, int lastToken) {}

  /**
   * The bounding phrase right after token {@code last}, the amount's last token ("50 or more
   * people", "aged 65 or over"), or null; none where "than" and more words follow it ("10 and less
   * than 40").
   */
  static After after(List<CoreLabel> tokens, int last) {
    if (last + 2 >= tokens.size()) {
      return null;
    }
    String words =
        tokens.get(last + 1).word().toLowerCase(Locale.ROOT)
            + " "
            + tokens.get(last + 2).word().toLowerCase(Locale.ROOT);
    Qualifier q = AFTER.get(words);
    if (q == null || (last + 3 < tokens.size() && comparesOn(tokens, last + 3))) {
      return null; // "more than 10 and less than 40": a comparison of its own, no bound of 10
    }
    return new After(q, last + 2);
  }

  /**
   * Whether the words from token {@code k} go on comparing: "than" or "equal" and more words, or a
   * number ("above 1000 and below 1500").
   */
  private static boolean comparesOn(List<CoreLabel> tokens, int k) {
    String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
    return "CD".equals(tokens.get(k).tag())
        || ((w.equals("than") || w.equals("or") || w.equals("equal")) && k + 1 < tokens.size());
  }

  private static Map<String, Qualifier> loadAfter() {
    Map<String, Qualifier> after = new HashMap<>();
    for (String line : ResourceLines.of(Qualifiers.class, "qualifiers-after.txt")) {
      String[] cols = line.trim().split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("qualifiers-after.txt: two columns expected: " + line);
      }
      after.put(cols[0], Qualifier.valueOf(cols[1]));
    }
    return Map.copyOf(after);
  }

  /** The qualifier carried by CoreNLP's normalised value ("~100.0", ">=700.0"), or EXACT. */
  static Qualifier ofNormalized(String normalized) {
    if (normalized == null) {
      return Qualifier.EXACT;
    }
    if (normalized.startsWith("~")) {
      return Qualifier.APPROXIMATE;
    }
    if (normalized.startsWith(">=")) {
      return Qualifier.AT_LEAST;
    }
    if (normalized.startsWith("<=")) {
      return Qualifier.AT_MOST;
    }
    if (normalized.startsWith(">")) {
      return Qualifier.MORE_THAN;
    }
    if (normalized.startsWith("<")) {
      return Qualifier.LESS_THAN;
    }
    return Qualifier.EXACT;
  }

  static boolean isArticle(String word) {
    return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
  }
}
