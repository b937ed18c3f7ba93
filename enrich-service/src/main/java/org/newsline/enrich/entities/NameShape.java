package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isAcronym;
import static org.newsline.enrich.entities.Tokens.tag;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/**
 * Whether a trimmed candidate looks like a name at all: two characters or more, a capital or a
 * digit somewhere ("escape", "mass" are a tagger's slips on lower-case words), and not a pronoun
 * alone ("He", "Who"; but "US" the place is not "us").
 */
final class NameShape {

  private static final Set<String> PRONOUNS = ResourceLines.words(NameShape.class, "pronouns.txt");

  private NameShape() {}

  static boolean fits(List<CoreLabel> tokens, Candidate c, String name) {
    if (name.length() < 2) {
      return false;
    }
    boolean capital = false;
    for (int k = c.first(); k <= c.last(); k++) {
      String w = tokens.get(k).word();
      if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        capital = true;
      }
    }
    if (!capital) {
      return false;
    }
    if (c.first() == c.last()) {
      CoreLabel t = tokens.get(c.first());
      String tag = tag(t);
      boolean country = c.type() == EntityType.LOCATION && isAcronym(t);
      return country
          || !(tag.startsWith("PRP")
              || tag.equals("WP")
              || PRONOUNS.contains(LeadingWords.bare(t.word())));
    }
    return true;
  }
}
