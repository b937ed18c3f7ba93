package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsline.enrich.resources.ResourceLines;

/**
 * "1.8m tall", "1 m x 1 m": the tokenizer splits the "m" off the digits and CoreNLP's normaliser
 * reads it as millions (1,800,000). Where a word of extent follows ({@code extent-words.txt}:
 * "tall", "high", "long", "x") or an "x" of a size precedes, the "m" is metres, the amount its
 * digits with the unit glued on; elsewhere ("10m viewers", "rose to 1.8m") it stays a scale.
 */
final class SpacedMetres {

  private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Set<String> EXTENT = load();

  private SpacedMetres() {}

  /** The amount read as metres with its unit glued on, or {@code amount} unchanged. */
  static Amount of(List<CoreLabel> tokens, Amount amount) {
    if (!"NUMBER".equals(amount.ner()) || amount.last() != amount.first() + 1) {
      return amount;
    }
    String digits = tokens.get(amount.first()).word();
    if (!DIGITS.matcher(digits).matches() || !tokens.get(amount.last()).word().equals("m")) {
      return amount;
    }
    boolean extentAfter =
        amount.last() + 1 < tokens.size() && isExtent(tokens.get(amount.last() + 1));
    boolean sizeBefore = amount.first() > 0 && isSizeSign(lower(tokens.get(amount.first() - 1)));
    if (!extentAfter && !sizeBefore) {
      return amount;
    }
    return new Amount(amount.first(), amount.last(), Amount.GLUED, digits);
  }

  private static boolean isExtent(CoreLabel t) {
    return EXTENT.contains(lower(t));
  }

  private static boolean isSizeSign(String w) {
    return w.equals("x") || w.equals("×");
  }

  private static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (String line : ResourceLines.of(SpacedMetres.class, "extent-words.txt")) {
      words.add(line.trim());
    }
    return Set.copyOf(words);
  }
}
