package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/**
 * Words a name does not start with, trimmed: "the" (but a capitalised "The" the tagger took in
 * mid-sentence is part of the name: "The Hague", "The Oval"), a connector the tagger took without
 * the word before it (but "de Silva" is a person's name), leading punctuation, and a person's title
 * before the name ("Lt. Col.", "President"; "King" alone is a surname).
 */
final class LeadingWords implements Adjustment {

  private static final Set<String> TITLES = words("titles.txt");

  private static final Set<String> NAME_CONNECTORS = words("name-connectors.txt");

  /** Lower-case particles that begin surnames: "de Silva", "del Olmo", "du Plessis". */
  private static final Set<String> PARTICLES = words("particles.txt");

  private static Set<String> words(String resource) {
    return ResourceLines.words(LeadingWords.class, resource);
  }

  @Override
  public Candidate adjust(List<CoreLabel> tokens, Candidate c) {
    int first = c.first();
    while (first <= c.last() && isNoise(tokens.get(first), c.type(), first < c.last())) {
      first++;
    }
    return first == c.first() ? c : new Candidate(first, c.last(), c.type(), c.evidence());
  }

  private static boolean isNoise(CoreLabel t, EntityType type, boolean nameFollows) {
    String w = bare(t.word());
    if (w.equals("the")) {
      return !t.word().startsWith("T") || t.index() == 1;
    }
    if (NAME_CONNECTORS.contains(t.word())) {
      return type != EntityType.PERSON || !PARTICLES.contains(t.word()) || !nameFollows;
    }
    if (!t.word().isEmpty() && !Character.isLetterOrDigit(t.word().charAt(0))) {
      return true;
    }
    return type == EntityType.PERSON && TITLES.contains(w) && nameFollows;
  }

  /** Lower case, without a final period: "Lt." is "lt". */
  static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
