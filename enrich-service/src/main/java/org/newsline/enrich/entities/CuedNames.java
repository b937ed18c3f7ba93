package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * A run the tagger took with the noun that describes the name inside it: "Telegram channel Vorota"
 * tagged as one is the name "Vorota", what the cue ({@link OrgCues}) names.
 */
final class CuedNames implements Adjustment {

  @Override
  public Candidate adjust(List<CoreLabel> tokens, Candidate c) {
    for (int k = c.last() - 1; k > c.first(); k--) {
      if (OrgCues.WORDS.contains(tokens.get(k).word())) {
        return new Candidate(k + 1, c.last(), c.type(), c.evidence());
      }
    }
    return c;
  }
}
