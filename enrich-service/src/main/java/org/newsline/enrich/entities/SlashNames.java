package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isAcronym;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Slashes in a run of names: acronyms joined by a slash without spaces are one name ("RFE/RL",
 * "AP/NORC", "AC/DC"); a spaced "/", "|" or "•" separates names ("Pivovarov / Sputnik").
 */
final class SlashNames {

  private SlashNames() {}

  /**
   * Whether tokens {@code k}, {@code k + 1} and {@code k + 2} are acronym, "/", acronym, unspaced.
   */
  static boolean joined(List<CoreLabel> tokens, int k) {
    if (k < 0 || k + 2 >= tokens.size()) {
      return false;
    }
    CoreLabel slash = tokens.get(k + 1);
    return isSlash(slash)
        && isAcronym(tokens.get(k))
        && isAcronym(tokens.get(k + 2))
        && slash.beginPosition() == tokens.get(k).endPosition()
        && tokens.get(k + 2).beginPosition() == slash.endPosition();
  }

  static boolean isSlash(CoreLabel t) {
    return t.word().equals("/");
  }

  /** Whether token {@code k} (not the first) is a "/", "|" or "•" with a space on either side. */
  static boolean isSeparator(List<CoreLabel> tokens, int k) {
    CoreLabel t = tokens.get(k);
    boolean mark = t.word().equals("/") || t.word().equals("|") || t.word().equals("•");
    return mark
        && (t.beginPosition() > tokens.get(k - 1).endPosition()
            || (k + 1 < tokens.size() && tokens.get(k + 1).beginPosition() > t.endPosition()));
  }
}
