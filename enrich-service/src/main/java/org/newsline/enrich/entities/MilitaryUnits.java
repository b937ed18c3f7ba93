package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isCapitalised;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/**
 * A numbered military formation, an organisation: an ordinal, up to three capitalised words, then a
 * capitalised unit noun ("64th Brigade", "1st Guards Tank Army", "Third Army", "2nd Army Corps").
 * Lower case ("the 41st brigade") is a description, not a name.
 */
final class MilitaryUnits implements NameRule {

  private static final Set<String> UNITS =
      ResourceLines.words(MilitaryUnits.class, "military-units.txt");

  @Override
  public Optional<Candidate> at(List<CoreLabel> tokens, int i) {
    return Candidate.run(i, length(tokens, i), EntityType.ORGANIZATION, Evidence.CONTEXT);
  }

  private static int length(List<CoreLabel> tokens, int i) {
    if (!isOrdinal(tokens.get(i))) {
      return 0;
    }
    for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
      CoreLabel t = tokens.get(k);
      if (UNITS.contains(t.word())) {
        while (k + 1 < tokens.size() && UNITS.contains(tokens.get(k + 1).word())) {
          k++;
        }
        return k - i + 1;
      }
      if (!isCapitalised(t) || "PERSON".equals(t.ner()) || "LOCATION".equals(t.ner())) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean isOrdinal(CoreLabel t) {
    if ("ORDINAL".equals(t.ner())) {
      return true;
    }
    String w = t.word();
    // "7th" in "the 7th Fleet" is tagged as part of a name rather than as an ordinal
    return w.length() >= 3
        && Character.isDigit(w.charAt(0))
        && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th"))
        && Character.isDigit(w.charAt(w.length() - 3));
  }
}
