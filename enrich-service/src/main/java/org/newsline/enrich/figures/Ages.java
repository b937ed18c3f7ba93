package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Ages written without their unit: "died of cancer aged 44", "children aged 10 to 13" are years of
 * age; the unit as written stays empty, the normalised one is {@link #UNIT}.
 */
final class Ages {

  /** The canonical unit of an age given in years. */
  static final String UNIT = "year";

  private Ages() {}

  /** Whether the figure whose text starts at token {@code first} follows "aged". */
  static boolean afterAged(List<CoreLabel> tokens, int first) {
    return first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("aged");
  }
}
