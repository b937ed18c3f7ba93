package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/** What the name rules ask of a token: its shape, its tags, and the words of a run as written. */
final class Tokens {

  private static final Set<String> TAGGED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private Tokens() {}

  /** Whether the tagger gave {@code t} one of the name types (not a number, a date or O). */
  static boolean isTagged(CoreLabel t) {
    return isNameType(t.ner());
  }

  /** Whether {@code ner} is one of the name types; false for null. */
  static boolean isNameType(String ner) {
    return ner != null && TAGGED.contains(ner);
  }

  /** The part-of-speech tag of {@code t}, or "" when it has none. */
  static String tag(CoreLabel t) {
    return t.tag() == null ? "" : t.tag();
  }

  static boolean isCapitalised(CoreLabel t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  static boolean isPossessive(CoreLabel t) {
    return "POS".equals(t.tag());
  }

  /** Two or more capitals and digits, at least one letter, nothing in lower case: "RFE", "G7". */
  static boolean isAcronym(CoreLabel t) {
    String w = t.word();
    if (w.length() < 2) {
      return false;
    }
    boolean letter = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isUpperCase(c)) {
        letter = true;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letter;
  }

  /**
   * The words of tokens {@code from} (inclusive) to {@code to} (exclusive) as written: a space only
   * where the text has one ("RFE/RL", "Pieter de Vries").
   */
  static String written(List<CoreLabel> tokens, int from, int to) {
    StringBuilder name = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from && tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition()) {
        name.append(' ');
      }
      name.append(tokens.get(k).word());
    }
    return name.toString();
  }
}
