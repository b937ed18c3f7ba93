package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.Arrays;
import java.util.Locale;
import org.newsline.model.FigureKind;

/**
 * The unit-normalising stage: a figure's unit as written to its canonical name ({@code
 * unitNormalized}). Money keeps its ISO 4217 code, a percentage is {@code percent}; a unit phrase
 * whose last words the catalogue names ({@code units.tsv}: "km", "percentage points", "degrees f")
 * is that unit; any other unit is a counted noun, named by the lemma of its head noun in lower case
 * ("Sailors" and "sailors" are {@code sailor}, "men" and the "man" of "300-man" {@code man}).
 * Stateless; no CoreNLP models needed (the lemma is CoreNLP's table-driven morphology).
 */
final class NormalUnits {

  /** The longest unit phrase the catalogue names, in words. */
  private static final int LONGEST_PHRASE = 3;

  private NormalUnits() {}

  /**
   * The canonical unit of a figure of {@code kind} whose unit is written {@code unit}, with {@code
   * head} the token of the unit's head noun when known (null otherwise); null when there is no
   * unit.
   */
  static String of(FigureKind kind, String unit, CoreLabel head) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    if (kind == FigureKind.MONEY) {
      return unit; // the extractor names money by its ISO code already
    }
    if (kind == FigureKind.PERCENT) {
      return "percent";
    }
    String[] words = unit.toLowerCase(Locale.ROOT).trim().split("[\\s-]+");
    for (int n = Math.min(LONGEST_PHRASE, words.length); n >= 1; n--) {
      String tail = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
      UnitCatalogue.Unit known = UnitCatalogue.of(tail);
      if (known != null && (!known.isScaleLetter() || words.length > 1)) {
        return known.canonical();
      }
    }
    String noun = words[words.length - 1];
    String tag = head == null || head.tag() == null ? "NNS" : head.tag();
    return lemma(head != null && head.word().equalsIgnoreCase(noun) ? head.word() : noun, tag);
  }

  /** A noun's lemma in lower case; a proper noun in title case is read as the common noun. */
  private static String lemma(String word, String tag) {
    String common =
        switch (tag) {
          case "NNPS" -> "NNS";
          case "NNP" -> "NN";
          default -> tag.startsWith("NN") ? tag : "NNS";
        };
    String lemma = Morphology.lemmaStatic(word.toLowerCase(Locale.ROOT), common);
    return lemma.toLowerCase(Locale.ROOT);
  }
}
