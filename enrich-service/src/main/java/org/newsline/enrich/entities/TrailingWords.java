package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Words a name does not end with, trimmed: a possessive ("'s", "’s", "'") and one-character
 * punctuation, except a closing bracket whose opening one is inside the name ("Buducnost ( V )").
 */
final class TrailingWords implements Adjustment {

  @Override
  public Candidate adjust(List<CoreLabel> tokens, Candidate c) {
    int last = c.last();
    while (c.first() <= last
        && isNoise(tokens.get(last))
        && !closesBracketOpenedIn(tokens, c.first(), last)) {
      last--;
    }
    return last == c.last() ? c : new Candidate(c.first(), last, c.type(), c.evidence());
  }

  private static boolean isNoise(CoreLabel t) {
    String w = t.word();
    return "POS".equals(t.tag())
        || w.equals("'s")
        || w.equals("’s")
        || w.equals("'")
        || w.equals("’")
        || (!w.isEmpty()
            && !Character.isLetterOrDigit(w.charAt(w.length() - 1))
            && w.length() == 1);
  }

  private static boolean closesBracketOpenedIn(List<CoreLabel> tokens, int first, int last) {
    String w = tokens.get(last).word();
    String open =
        switch (w) {
          case ")", "-RRB-" -> "(";
          case "]", "-RSB-" -> "[";
          default -> null;
        };
    if (open == null) {
      return false;
    }
    for (int k = first; k < last; k++) {
      String o = tokens.get(k).word();
      if (o.equals(open) || o.equals(open.equals("(") ? "-LRB-" : "-LSB-")) {
        return true;
      }
    }
    return false;
  }
}
