package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isAcronym;
import static org.newsline.enrich.entities.Tokens.tag;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/**
 * A common word that opens the sentence is not the start of the tagger's name: "Leaked" in "Leaked
 * Defense Ministry documents". A person's first name is left ("Andreas Seelig" with "Andreas" an
 * adjective), and so is a word a connector joins to the rest ("Transport for London").
 */
final class SentenceInitialWords implements Adjustment {

  private static final Set<String> NAME_CONNECTORS =
      ResourceLines.words(SentenceInitialWords.class, "name-connectors.txt");

  @Override
  public Candidate adjust(List<CoreLabel> tokens, Candidate c) {
    int first = c.first();
    boolean drop =
        first < c.last()
            && c.evidence() == Evidence.TAGGER
            && c.type() != EntityType.PERSON
            && isCommonWord(tokens.get(first))
            && !NAME_CONNECTORS.contains(tokens.get(first + 1).word());
    return drop ? new Candidate(first + 1, c.last(), c.type(), c.evidence()) : c;
  }

  private static boolean isCommonWord(CoreLabel t) {
    String tag = tag(t);
    return t.index() == 1 && !tag.startsWith("NNP") && !tag.equals("CD") && !isAcronym(t);
  }
}
