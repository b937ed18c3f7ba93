package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isCapitalised;
import static org.newsline.enrich.entities.Tokens.isTagged;
import static org.newsline.enrich.entities.Tokens.tag;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;

/**
 * A tagged run that starts with a lower-case connector right after an untagged capitalised noun:
 * the tagger left out the name's first word ("Transport for London" with only "for London" tagged),
 * which the name takes in.
 */
final class LeftOutFirstWords implements Adjustment {

  /** Lower-case words that join the words of a name: "Transport for London", "Bank of Russia". */
  private static final Set<String> NAME_CONNECTORS =
      ResourceLines.words(LeftOutFirstWords.class, "name-connectors.txt");

  @Override
  public Candidate adjust(List<CoreLabel> tokens, Candidate c) {
    int i = c.first();
    if (i == 0 || !NAME_CONNECTORS.contains(tokens.get(i).word())) {
      return c;
    }
    CoreLabel before = tokens.get(i - 1);
    String tag = tag(before);
    // sentence-initial, the tagger may read the noun as a verb: "Transport for London said"
    boolean noun = tag.startsWith("NN") || (before.index() == 1 && tag.startsWith("VB"));
    return isCapitalised(before) && noun && !isTagged(before)
        ? new Candidate(i - 1, c.last(), c.type(), c.evidence())
        : c;
  }
}
