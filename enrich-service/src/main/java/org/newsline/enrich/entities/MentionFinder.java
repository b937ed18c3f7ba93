package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsline.model.EntityType;
import org.newsline.model.Field;

/**
 * Mentions in one tagged sentence. At each token the {@link NameRule}s are asked in order and the
 * first candidate is taken; the {@link Adjustment}s in {@link #TRIMS} trim it (titles such as "Lt.
 * Col." and "President", a leading "the", a possessive "'s"), {@link NameShape} drops what is no
 * name (pronouns, lower-case slips), and the first {@link TypeRule} with an answer types it where
 * the gazetteer or the words around it know better. Reading goes on after the candidate.
 */
final class MentionFinder {

  /** What a candidate loses at its edges before it is a mention, in order. */
  private static final List<Adjustment> TRIMS =
      List.of(new SentenceInitialWords(), new LeadingWords(), new TrailingWords(), new CuedNames());

  private final List<NameRule> names;

  private final List<TypeRule> types;

  MentionFinder(Gazetteer gazetteer) {
    this.names =
        List.of(
            new MilitaryUnits(),
            new NamedOffices(),
            new ListedAcrossTags(gazetteer),
            new TaggedRuns(),
            new ListedUntagged(gazetteer),
            new UntaggedInstitutions());
    // the context rules apply also where the tagger said ORGANIZATION: they make it the article's
    this.types =
        List.of(
            new ListedTypes(gazetteer), new OrgCues(), new OrgAppositions(), new CollectiveVerbs());
  }

  List<RawMention> find(List<CoreLabel> tokens, Field field, String text) {
    TaggedSentence sentence = new TaggedSentence(tokens, field, text);
    List<RawMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Candidate> named = candidate(tokens, i);
      if (named.isEmpty()) {
        i++;
        continue;
      }
      mention(sentence, named.get()).ifPresent(out::add);
      i = named.get().last() + 1;
    }
    return out;
  }

  private Optional<Candidate> candidate(List<CoreLabel> tokens, int i) {
    for (NameRule rule : names) {
      Optional<Candidate> c = rule.at(tokens, i);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /** The mention a candidate names once trimmed, checked and typed; empty when it is no name. */
  private Optional<RawMention> mention(TaggedSentence sentence, Candidate c) {
    List<CoreLabel> tokens = sentence.tokens();
    for (Adjustment trim : TRIMS) {
      c = trim.adjust(tokens, c);
      if (c.first() > c.last()) {
        return Optional.empty();
      }
    }
    int start = tokens.get(c.first()).beginPosition();
    String name =
        withoutPossessive(sentence.text().substring(start, tokens.get(c.last()).endPosition()));
    if (!NameShape.fits(tokens, c, name)) {
      return Optional.empty();
    }
    Candidate typed =
        Datelines.opens(sentence, c)
            ? new Candidate(c.first(), c.last(), EntityType.LOCATION, Evidence.DATELINE)
            : typed(tokens, c, name);
    return Optional.of(
        new RawMention(
            sentence.field(),
            start,
            start + name.length(),
            name,
            typed.type(),
            typed.evidence(),
            RegionHints.hint(tokens, typed)));
  }

  private Candidate typed(List<CoreLabel> tokens, Candidate c, String name) {
    for (TypeRule rule : types) {
      Optional<Candidate> typed = rule.type(tokens, c, name);
      if (typed.isPresent()) {
        return typed.get();
      }
    }
    return c;
  }

  private static String withoutPossessive(String s) {
    return s.endsWith("'s") || s.endsWith("’s") ? s.substring(0, s.length() - 2) : s;
  }
}
