package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Map;

/**
 * A unit in brackets right after an amount that names none outside them: "20 (kg)", "400-500
 * [soldiers]" (an editor's insertion into a quote). Only common nouns inside: "(EU)", "(£173)" or
 * "(Reuters)" are no unit.
 */
final class BracketedUnits {

  private static final Map<String, String> CLOSING = Map.of("(", ")", "[", "]", "{", "}");

  /** The longest unit in brackets, in words. */
  private static final int LONGEST = 3;

  private BracketedUnits() {}

  /**
   * The bracketed unit starting at token {@code open} as a span of its nouns ({@code textFirst} the
   * opening bracket), or null.
   */
  static Units.Span at(List<CoreLabel> tokens, int open) {
    if (open >= tokens.size()) {
      return null;
    }
    String closing = CLOSING.get(tokens.get(open).word());
    if (closing == null) {
      return null;
    }
    for (int k = open + 1; k < tokens.size() && k <= open + LONGEST + 1; k++) {
      CoreLabel t = tokens.get(k);
      if (t.word().equals(closing)) {
        return k > open + 1 ? new Units.Span(open, open + 1, k - 1) : null;
      }
      if (!"NN".equals(t.tag()) && !"NNS".equals(t.tag())) {
        return null;
      }
    }
    return null;
  }
}
