package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import org.newsline.model.EntityType;

/**
 * A listed name's type. The list confirms a type it agrees with (the tagger's reading becomes
 * {@link Evidence#LISTED}) and replaces one it does not, except that a place's entry does not
 * overrule the tagger's person or organisation: the tagger reads the sentence, and teams, clubs and
 * companies are named after places ("Somerset beat Kent", "Cardiff were relegated"). Outlets and
 * nationalities, and anything the tagger called MISC, the list decides.
 */
final class ListedTypes implements TypeRule {

  private final Gazetteer gazetteer;

  ListedTypes(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<Candidate> type(List<CoreLabel> tokens, Candidate c, String name) {
    Optional<Gazetteer.Entry> listed = gazetteer.lookup(name);
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    EntityType type = listed.get().type();
    if (type == c.type()) {
      return Optional.of(
          c.evidence() == Evidence.TAGGER
              ? new Candidate(c.first(), c.last(), type, Evidence.LISTED)
              : c);
    }
    boolean overrules =
        c.evidence() != Evidence.TAGGER
            || type != EntityType.LOCATION
            || c.type() == EntityType.MISC;
    return overrules
        ? Optional.of(new Candidate(c.first(), c.last(), type, Evidence.GAZETTEER))
        : Optional.empty();
  }
}
