package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;

/** Words that report a change of a quantity ({@code change-words.txt}): "rose", "fell by". */
final class ChangeWords {

  private static final Set<String> LEMMAS = load();

  private ChangeWords() {}

  /** Whether the token, by its lemma or else its word, reports a change. */
  static boolean reportsChange(CoreLabel t) {
    String lemma = t.lemma() != null ? t.lemma() : t.word();
    return LEMMAS.contains(lemma.toLowerCase(Locale.ROOT))
        || LEMMAS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (String line : ResourceLines.of(ChangeWords.class, "change-words.txt")) {
      words.add(line.trim());
    }
    return Set.copyOf(words);
  }
}
