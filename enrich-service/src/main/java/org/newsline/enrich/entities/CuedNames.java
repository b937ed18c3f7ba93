package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;

/**
 * A run the tagger took with the noun that describes the name inside it: "Telegram channel Vorota"
 * tagged as one is the name "Vorota", what the cue names.
 */
final class CuedNames implements Adjustment {

  /** Nouns that say the name after them is an organisation's ("channel", "outlet"). */
  private static final Set<String> ORG_CUES = ResourceLines.words(CuedNames.class, "org-cues.txt");

  @Override
  public Candidate adjust(List<CoreLabel> tokens, Candidate c) {
    for (int k = c.last() - 1; k > c.first(); k--) {
      if (ORG_CUES.contains(tokens.get(k).word())) {
        return new Candidate(k + 1, c.last(), c.type(), c.evidence());
      }
    }
    return c;
  }
}
