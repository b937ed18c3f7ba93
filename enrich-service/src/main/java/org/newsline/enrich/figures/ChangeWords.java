package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.Direction;

/**
 * Words that report a change of a quantity ({@code change-words.txt}): "rose", "fell by", "cut",
 * each with the way it goes.
 */
final class ChangeWords {

  /**
   * One word of change: its sense (null for none) and whether "X to Y" right after it is a change
   * and its new level rather than a range.
   */
  record Word(Direction sense, boolean changeBeforeRange) {}

  private static final Map<String, Word> WORDS = load();

  private ChangeWords() {}

  /**
   * Whether the token, by its lemma or else its word, is a word of change before which "X to Y" is
   * a change and its new level.
   */
  static boolean reportsChange(CoreLabel t) {
    Word w = of(t);
    return w != null && w.changeBeforeRange();
  }

  /** The word of change the token is, by its lemma or else its word, or null. */
  static Word of(CoreLabel t) {
    String lemma = t.lemma() != null ? t.lemma() : t.word();
    Word w = WORDS.get(lemma.toLowerCase(Locale.ROOT));
    return w != null ? w : WORDS.get(t.word().toLowerCase(Locale.ROOT));
  }

  private static Map<String, Word> load() {
    Map<String, Word> words = new HashMap<>();
    for (String line : ResourceLines.of(ChangeWords.class, "change-words.txt")) {
      String[] cols = line.trim().split("\t");
      if (cols.length != 3) {
        throw new IllegalStateException("change-words.txt: three columns expected: " + line);
      }
      Direction sense = cols[1].equals("-") ? null : Direction.valueOf(cols[1]);
      words.put(cols[0], new Word(sense, cols[2].equals("change")));
    }
    return Map.copyOf(words);
  }
}
