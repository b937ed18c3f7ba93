package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/** A place followed by a region word is a region: "the Kherson region", "Kursk oblast". */
final class RegionHints {

  private static final Set<String> REGION_WORDS =
      ResourceLines.words(RegionHints.class, "region-words.txt");

  private RegionHints() {}

  /** "STATE_OR_PROVINCE" for a place before a region word, else null (no hint). */
  static String hint(List<CoreLabel> tokens, Candidate c) {
    int next = c.last() + 1;
    return c.type() == EntityType.LOCATION
            && next < tokens.size()
            && REGION_WORDS.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))
        ? "STATE_OR_PROVINCE"
        : null;
  }
}
