package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isAcronym;
import static org.newsline.enrich.entities.Tokens.isCapitalised;
import static org.newsline.enrich.entities.Tokens.isTagged;
import static org.newsline.enrich.entities.Tokens.written;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import org.newsline.model.EntityType;

/**
 * A listed name among untagged tokens: an organisation of one to four words ("AP", "Kyiv
 * Independent"; a one-letter name only inside a sentence), or a country's acronym that the tagger
 * left untagged before a title or a job ("US Secretary of State"), a place.
 */
final class ListedUntagged implements NameRule {

  private final Gazetteer gazetteer;

  ListedUntagged(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<Candidate> at(List<CoreLabel> tokens, int i) {
    int n = length(tokens, i);
    EntityType type =
        n == 1
            ? gazetteer
                .lookup(tokens.get(i).word())
                .filter(e -> e.type() == EntityType.LOCATION)
                .map(Gazetteer.Entry::type)
                .orElse(EntityType.ORGANIZATION)
            : EntityType.ORGANIZATION;
    return Candidate.run(i, n, type, Evidence.GAZETTEER);
  }

  private int length(List<CoreLabel> tokens, int i) {
    CoreLabel first = tokens.get(i);
    if (!isCapitalised(first)) {
      return 0;
    }
    for (int n = Math.min(4, tokens.size() - i); n >= 1; n--) {
      boolean untagged = true;
      for (int k = i; k < i + n; k++) {
        untagged &= !isTagged(tokens.get(k));
      }
      if (!untagged) {
        continue;
      }
      String name = written(tokens, i, i + n);
      var entry = gazetteer.lookup(name);
      if (entry.isPresent()
          && entry.get().type() == EntityType.ORGANIZATION
          && (n > 1 || i > 0 || name.length() > 1)) {
        return n;
      }
      if (n == 1
          && isAcronym(first)
          && entry.isPresent()
          && "COUNTRY".equals(entry.get().subtype())) {
        return 1;
      }
    }
    return 0;
  }
}
