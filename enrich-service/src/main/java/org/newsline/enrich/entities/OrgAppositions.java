package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.tag;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsline.model.EntityType;

/**
 * An apposition headed by an organisation noun makes the name before it an organisation: "X, an
 * organization that ...", "X, a news outlet". The cue must head the phrase: not "X, the Reform
 * Party candidate", not "X, the paper said".
 */
final class OrgAppositions implements TypeRule {

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  @Override
  public Optional<Candidate> type(List<CoreLabel> tokens, Candidate c, String name) {
    return after(tokens, c.last())
        ? Optional.of(new Candidate(c.first(), c.last(), EntityType.ORGANIZATION, Evidence.CONTEXT))
        : Optional.empty();
  }

  private static boolean after(List<CoreLabel> tokens, int last) {
    int k = last + 1;
    if (k >= tokens.size() || !tokens.get(k).word().equals(",")) {
      return false;
    }
    k++;
    if (k >= tokens.size() || !ARTICLES.contains(LeadingWords.bare(tokens.get(k).word()))) {
      return false;
    }
    for (int n = k + 1; n < Math.min(tokens.size(), k + 4); n++) {
      if (OrgCues.WORDS.contains(tokens.get(n).word().toLowerCase(Locale.ROOT))) {
        String next = n + 1 < tokens.size() ? String.valueOf(tokens.get(n + 1).tag()) : "";
        return !next.startsWith("NN") && !next.startsWith("VB") && !next.equals("MD");
      }
      String tag = tag(tokens.get(n));
      if (!(tag.startsWith("NN") || tag.startsWith("JJ"))) {
        return false;
      }
    }
    return false;
  }
}
