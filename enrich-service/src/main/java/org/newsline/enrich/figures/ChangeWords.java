package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

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
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                ChangeWords.class.getResourceAsStream("change-words.txt"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
