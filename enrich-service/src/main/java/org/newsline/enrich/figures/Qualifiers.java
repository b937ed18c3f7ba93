package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import org.newsline.model.Qualifier;

/** The words before an amount that qualify it ("at least", "as many as", "around"). */
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
