package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;

/**
 * One way a name starts at a token of a tagged sentence: a numbered military formation, an office,
 * a listed name, the tagger's own run. {@link MentionFinder} asks its rules in order at each token
 * and takes the first candidate, then trims, checks and types it.
 */
interface NameRule {

  /**
   * The name this rule reads at token {@code i}, or empty. The candidate ends at or after {@code
   * i}; it may take in the word before {@code i} that the tagger left out.
   */
  Optional<Candidate> at(List<CoreLabel> tokens, int i);
}
