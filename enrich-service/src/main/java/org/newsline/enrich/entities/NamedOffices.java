package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isCapitalised;
import static org.newsline.enrich.entities.Tokens.isPossessive;
import static org.newsline.enrich.entities.Tokens.tag;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import org.newsline.model.EntityType;

/**
 * An office named after its holder, an organisation: one to three capitalised proper nouns, a
 * possessive and "Office" ("Prosecutor's Office", "Prosecutor General's Office"), or "Office of
 * (the)" and one to four of them ("Office of the Ombudsman"). A person's office ("Smith's Office",
 * the tagger's PERSON) is not one.
 */
final class NamedOffices implements NameRule {

  @Override
  public Optional<Candidate> at(List<CoreLabel> tokens, int i) {
    return Candidate.run(i, length(tokens, i), EntityType.ORGANIZATION, Evidence.CONTEXT);
  }

  private static int length(List<CoreLabel> tokens, int i) {
    CoreLabel first = tokens.get(i);
    if (!isCapitalised(first)) {
      return 0;
    }
    if (first.word().equals("Office")) {
      int k = i + 1;
      if (k >= tokens.size() || !tokens.get(k).word().equals("of")) {
        return 0;
      }
      k++;
      if (k < tokens.size() && tokens.get(k).word().equals("the")) {
        k++;
      }
      int from = k;
      while (k < tokens.size() && k < from + 4 && isNameWord(tokens.get(k))) {
        k++;
      }
      return k > from ? k - i : 0;
    }
    for (int k = i; k < Math.min(tokens.size() - 2, i + 3); k++) {
      if (!isNameWord(tokens.get(k))) {
        return 0;
      }
      if (isPossessive(tokens.get(k + 1)) && tokens.get(k + 2).word().equals("Office")) {
        return k + 3 - i;
      }
    }
    return 0;
  }

  private static boolean isNameWord(CoreLabel t) {
    return isCapitalised(t) && tag(t).startsWith("NNP") && !"PERSON".equals(t.ner());
  }
}
