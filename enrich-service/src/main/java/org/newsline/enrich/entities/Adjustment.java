package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * A change to a candidate that the words in and around it call for: a boundary moved (a word the
 * tagger left out taken in, a title or a possessive trimmed) or its type corrected. Unlike a {@link
 * NameRule} it reads no new name.
 */
interface Adjustment {

  /**
   * The candidate adjusted, or {@code c} itself when the rule does not apply. The result may be
   * empty ({@code first > last}) when nothing of the name is left.
   */
  Candidate adjust(List<CoreLabel> tokens, Candidate c);
}
