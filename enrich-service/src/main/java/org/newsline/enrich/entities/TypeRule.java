package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/**
 * What a list or the words around a trimmed name say its type is. {@link MentionFinder} asks its
 * type rules in order and takes the first answer; without one, the candidate keeps its type.
 */
interface TypeRule {

  /**
   * The candidate with the type and evidence this rule decides, or empty when it has no say.
   *
   * @param name the name as written in the text, without a possessive
   */
  Optional<Candidate> type(List<CoreLabel> tokens, Candidate c, String name);
}
