package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/**
 * "Chelsea have sacked", "Nokia are saying": a singular proper noun followed by a verb in the
 * plural is a collective (British usage for clubs and companies), an organisation, never one person
 * or a place; unless it is one of a list ("Putin and Xi have") or the verb belongs to an earlier
 * noun ("leaders such as Merkel are"): the name must open the sentence or follow a word that leaves
 * it the subject.
 */
final class CollectiveVerbs implements TypeRule {

  /** Verbs in the plural: "have", "are", "'ve". */
  private static final Set<String> PLURAL_VERBS = words("plural-verbs.txt");

  /**
   * Tags of the word before a name that leave the name the subject of the verb after it: a quote,
   * colon, "the", an adverb, "when", "but". After a preposition or a verb the name is an object ("a
   * museum dedicated to Jimi Hendrix are", "the boys playing Billy are").
   */
  private static final Set<String> SUBJECT_OPENERS = words("subject-openers.txt");

  /** Words before a name that make a following plural verb the verb of a coordination or list. */
  private static final Set<String> COORDINATORS = words("coordinators.txt");

  private static Set<String> words(String resource) {
    return ResourceLines.words(CollectiveVerbs.class, resource);
  }

  @Override
  public Optional<Candidate> type(List<CoreLabel> tokens, Candidate c, String name) {
    return c.type() != EntityType.LOCATION && pluralVerbAfter(tokens, c.first(), c.last())
        ? Optional.of(new Candidate(c.first(), c.last(), EntityType.ORGANIZATION, Evidence.CONTEXT))
        : Optional.empty();
  }

  private static boolean pluralVerbAfter(List<CoreLabel> tokens, int first, int last) {
    if (last + 1 >= tokens.size() || !"NNP".equals(tokens.get(last).tag())) {
      return false;
    }
    CoreLabel verb = tokens.get(last + 1);
    if (!"VBP".equals(verb.tag()) || !PLURAL_VERBS.contains(verb.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (first == 0) {
      return true;
    }
    CoreLabel before = tokens.get(first - 1);
    return !COORDINATORS.contains(before.word().toLowerCase(Locale.ROOT))
        && SUBJECT_OPENERS.contains(before.tag());
  }
}
