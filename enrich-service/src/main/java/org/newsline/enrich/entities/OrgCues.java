package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/**
 * A noun right before a name that says it is an organisation ("Telegram channel X", "the group X"):
 * the name is one, whatever the tagger said, unless it is a place ("the site Kyiv").
 */
final class OrgCues implements TypeRule {

  /** The cue nouns, lower case ("channel", "outlet", "group"). */
  static final Set<String> WORDS = ResourceLines.words(OrgCues.class, "org-cues.txt");

  @Override
  public Optional<Candidate> type(List<CoreLabel> tokens, Candidate c, String name) {
    return c.type() != EntityType.LOCATION && before(tokens, c.first())
        ? Optional.of(new Candidate(c.first(), c.last(), EntityType.ORGANIZATION, Evidence.CONTEXT))
        : Optional.empty();
  }

  /** Whether the word before token {@code first} is a cue. */
  static boolean before(List<CoreLabel> tokens, int first) {
    return first > 0 && WORDS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
  }
}
