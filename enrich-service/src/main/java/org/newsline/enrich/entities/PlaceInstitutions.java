package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isCapitalised;
import static org.newsline.enrich.entities.Tokens.isTagged;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/**
 * An institution named after its place: a place's name that ends in an institution noun, its own
 * last word or one of the next two untagged capitalised words ("UK Sport", "Moscow City Court"), is
 * an organisation's name up to that noun.
 */
final class PlaceInstitutions implements Adjustment {

  /**
   * Capitalised nouns that, at the end of a place's name, make it an institution's ("UK Sport",
   * "Kharkiv Police"). Not "Bank" ("West Bank"), "Union" ("Soviet Union") or "Federation", which
   * end names of places too.
   */
  static final Set<String> INSTITUTION_HEADS =
      ResourceLines.words(PlaceInstitutions.class, "institution-heads.txt");

  @Override
  public Candidate adjust(List<CoreLabel> tokens, Candidate c) {
    if (c.type() != EntityType.LOCATION) {
      return c;
    }
    int head = head(tokens, c.last());
    return head < 0 ? c : new Candidate(c.first(), head, EntityType.ORGANIZATION, Evidence.CONTEXT);
  }

  /** The index of the institution noun that ends the name ending at {@code j}, or -1. */
  private static int head(List<CoreLabel> tokens, int j) {
    if (INSTITUTION_HEADS.contains(tokens.get(j).word())) {
      return j;
    }
    for (int k = j + 1; k < Math.min(tokens.size(), j + 3); k++) {
      CoreLabel t = tokens.get(k);
      if (!isCapitalised(t) || isTagged(t)) {
        return -1;
      }
      if (INSTITUTION_HEADS.contains(t.word())) {
        return k;
      }
    }
    return -1;
  }
}
