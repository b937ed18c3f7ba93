package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isCapitalised;
import static org.newsline.enrich.entities.Tokens.isTagged;
import static org.newsline.enrich.entities.Tokens.tag;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import org.newsline.model.EntityType;

/**
 * An untagged name of two to four capitalised proper nouns ending in an institution noun ("Kyiv
 * Police", "Supreme Court"): an organisation, on the evidence of that noun.
 */
final class UntaggedInstitutions implements NameRule {

  @Override
  public Optional<Candidate> at(List<CoreLabel> tokens, int i) {
    return Candidate.run(i, length(tokens, i), EntityType.ORGANIZATION, Evidence.CONTEXT);
  }

  private static int length(List<CoreLabel> tokens, int i) {
    for (int k = i; k < Math.min(tokens.size(), i + 4); k++) {
      CoreLabel t = tokens.get(k);
      if (!isCapitalised(t) || !tag(t).startsWith("NNP") || isTagged(t)) {
        return 0;
      }
      if (k > i && PlaceInstitutions.INSTITUTION_HEADS.contains(t.word())) {
        return k - i + 1;
      }
    }
    return 0;
  }
}
