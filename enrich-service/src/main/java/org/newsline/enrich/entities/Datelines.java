package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isCapitalised;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * A news dateline: a line that is a place's name, optionally a comma and the country or state it is
 * in, then a date ("NICE , France 1996-08-30", "MILAN 1996-08-30"). Its first name is the place the
 * story was filed from, whatever the tagger or the rest of the article make of a club or team of
 * the same name ({@link Evidence#DATELINE}).
 */
final class Datelines {

  private Datelines() {}

  /** Whether {@code c} is the place that opens a dateline line of {@code s}. */
  static boolean opens(TaggedSentence s, Candidate c) {
    List<CoreLabel> tokens = s.tokens();
    if (!startsLine(s, tokens.get(c.first()).beginPosition())) {
      return false;
    }
    int k = c.last() + 1;
    if (k < tokens.size() && tokens.get(k).word().equals(",") && !breaksBefore(s, k)) {
      int from = ++k;
      while (k < tokens.size()
          && isCapitalised(tokens.get(k))
          && !isDate(tokens.get(k))
          && !breaksBefore(s, k)) {
        k++;
      }
      if (k == from) {
        return false;
      }
    }
    int from = k;
    while (k < tokens.size() && isDate(tokens.get(k)) && (k == from || !breaksBefore(s, k))) {
      k++;
    }
    return k > from && !breaksBefore(s, from) && (k == tokens.size() || breaksBefore(s, k));
  }

  private static boolean isDate(CoreLabel t) {
    return "DATE".equals(t.ner());
  }

  /** Whether only spaces stand between the start of the text's line and {@code offset}. */
  private static boolean startsLine(TaggedSentence s, int offset) {
    for (int k = offset - 1; k >= 0; k--) {
      char ch = s.text().charAt(k);
      if (ch == '\n') {
        return true;
      }
      if (!Character.isWhitespace(ch)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a line break stands between token {@code k - 1} and token {@code k}. */
  private static boolean breaksBefore(TaggedSentence s, int k) {
    List<CoreLabel> tokens = s.tokens();
    return s.text()
            .substring(tokens.get(k - 1).endPosition(), tokens.get(k).beginPosition())
            .indexOf('\n')
        >= 0;
  }
}
