package org.newsline.enrich.entities;

import static org.newsline.enrich.entities.Tokens.isAcronym;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;
import org.newsline.model.Field;

/**
 * Mentions in one tagged sentence: runs of tokens with one coarse NER type, cleaned (titles such as
 * "Lt. Col." and "President", a leading "the", possessive "'s" and pronouns removed) and retyped
 * where the gazetteer or the words around them know better.
 */
final class MentionFinder {

  private static final Set<String> PRONOUNS = words("pronouns.txt");

  /** Nouns that, right before a name, say it is an organisation ("Telegram channel X"). */
  private static final Set<String> ORG_CUES = words("org-cues.txt");

  private static final Set<String> REGION_WORDS = words("region-words.txt");

  /**
   * Verbs in the plural that, right after a singular proper noun, say it is a collective: a club, a
   * company, a band ("Chelsea have sacked", "Nokia are"), never one person.
   */
  private static final Set<String> PLURAL_VERBS = words("plural-verbs.txt");

  /**
   * Tags of the word before a name that leave the name the subject of the verb after it: a quote,
   * colon, "the", an adverb, "when", "but". After a preposition or a verb the name is an object ("a
   * museum dedicated to Jimi Hendrix are", "the boys playing Billy are").
   */
  private static final Set<String> SUBJECT_OPENERS = words("subject-openers.txt");

  /** Words before a name that make a following plural verb the verb of a coordination or list. */
  private static final Set<String> COORDINATORS = words("coordinators.txt");

  /** What a candidate loses at its edges before it is a mention, in order. */
  private static final List<Adjustment> TRIMS =
      List.of(new SentenceInitialWords(), new LeadingWords(), new TrailingWords(), new CuedNames());

  private final Gazetteer gazetteer;

  /** The rules that read a name where the tagger's runs do not say it all, asked in order. */
  private final List<NameRule> rules;

  private static Set<String> words(String resource) {
    return ResourceLines.words(MentionFinder.class, resource);
  }

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.rules =
        List.of(
            new MilitaryUnits(),
            new NamedOffices(),
            new ListedAcrossTags(gazetteer),
            new TaggedRuns(),
            new ListedUntagged(gazetteer),
            new UntaggedInstitutions());
  }

  private Optional<Candidate> candidate(List<CoreLabel> tokens, int i) {
    for (NameRule rule : rules) {
      Optional<Candidate> c = rule.at(tokens, i);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
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

  /** The mention a candidate names once trimmed, checked and typed; empty when it is no name. */
  private Optional<RawMention> mention(TaggedSentence sentence, Candidate c) {
    List<CoreLabel> tokens = sentence.tokens();
    for (Adjustment trim : TRIMS) {
      c = trim.adjust(tokens, c);
      if (c.first() > c.last()) {
        return Optional.empty();
      }
    }
    int first = c.first();
    int last = c.last();
    EntityType type = c.type();
    Evidence evidence = c.evidence();
    int start = tokens.get(first).beginPosition();
    int end = tokens.get(last).endPosition();
    String surface = sentence.text().substring(start, end);
    String stripped = stripPossessive(surface);
    end = start + stripped.length();
    if (!looksLikeName(tokens, first, last, stripped, type)) {
      return Optional.empty();
    }
    var listed = gazetteer.lookup(stripped);
    if (listed.isPresent() && listed.get().type() == type) {
      evidence = evidence == Evidence.TAGGER ? Evidence.LISTED : evidence;
    } else if (listed.isPresent() && overrules(listed.get().type(), type, evidence)) {
      type = listed.get().type();
      evidence = Evidence.GAZETTEER;
    } else if ((type != EntityType.LOCATION && orgCueBefore(tokens, first))
        || orgAppositionAfter(tokens, last)
        || (type != EntityType.LOCATION && pluralVerbAfter(tokens, first, last))) {
      // also where the tagger said ORGANIZATION: the context makes that type the article's
      type = EntityType.ORGANIZATION;
      evidence = Evidence.CONTEXT;
    }
    String hint = null;
    if (type == EntityType.LOCATION
        && last + 1 < tokens.size()
        && REGION_WORDS.contains(tokens.get(last + 1).word().toLowerCase(Locale.ROOT))) {
      hint = "STATE_OR_PROVINCE"; // "the Kherson region", "Kursk oblast"
    }
    return Optional.of(
        new RawMention(sentence.field(), start, end, stripped, type, evidence, hint));
  }

  /**
   * Whether a listed type replaces the type a mention has. A place's entry does not overrule the
   * tagger's person or organisation: the tagger reads the sentence, and teams, clubs and companies
   * are named after places ("Somerset beat Kent", "Cardiff were relegated"). Outlets and
   * nationalities, and anything the tagger called MISC, the list decides.
   */
  private static boolean overrules(EntityType listed, EntityType type, Evidence evidence) {
    return evidence != Evidence.TAGGER || listed != EntityType.LOCATION || type == EntityType.MISC;
  }

  /**
   * "Chelsea have sacked", "Chelsea are saying": a singular proper noun followed by a verb in the
   * plural is a collective (British usage for clubs and companies), unless it is one of a list
   * ("Putin and Xi have") or the verb belongs to an earlier noun ("leaders such as Merkel are"):
   * the name must open the sentence or follow a word in {@link #SUBJECT_OPENERS}.
   */
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

  private static String stripPossessive(String s) {
    if (s.endsWith("'s") || s.endsWith("’s")) {
      return s.substring(0, s.length() - 2);
    }
    return s;
  }

  private static String bare(String word) {
    return LeadingWords.bare(word);
  }

  private static boolean looksLikeName(
      List<CoreLabel> tokens, int first, int last, String text, EntityType type) {
    if (text.length() < 2) {
      return false;
    }
    boolean capital = false;
    for (int k = first; k <= last; k++) {
      CoreLabel t = tokens.get(k);
      String w = t.word();
      if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        capital = true;
      }
    }
    if (!capital) {
      return false; // "escape", "mass": a tagger slip on lower-case words
    }
    if (first == last) {
      CoreLabel t = tokens.get(first);
      String tag = t.tag() == null ? "" : t.tag();
      boolean country = type == EntityType.LOCATION && isAcronym(t); // "the US", not "us"
      if (!country
          && (tag.startsWith("PRP") || tag.equals("WP") || PRONOUNS.contains(bare(t.word())))) {
        return false;
      }
    }
    return true;
  }

  static boolean orgCueBefore(List<CoreLabel> tokens, int first) {
    return first > 0 && ORG_CUES.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
  }

  /** "X, an organization that ...", "X, a news outlet". */
  private static boolean orgAppositionAfter(List<CoreLabel> tokens, int last) {
    int k = last + 1;
    if (k < tokens.size() && isPossessive(tokens.get(k))) {
      return false;
    }
    if (k >= tokens.size() || !tokens.get(k).word().equals(",")) {
      return false;
    }
    k++;
    if (k >= tokens.size() || !Set.of("a", "an", "the").contains(bare(tokens.get(k).word()))) {
      return false;
    }
    for (int n = k + 1; n < Math.min(tokens.size(), k + 4); n++) {
      String w = tokens.get(n).word().toLowerCase(Locale.ROOT);
      if (ORG_CUES.contains(w)) {
        // the cue heads the phrase: not "X, the Reform Party candidate", not "X, the paper said"
        String next = n + 1 < tokens.size() ? String.valueOf(tokens.get(n + 1).tag()) : "";
        return !next.startsWith("NN") && !next.startsWith("VB") && !next.equals("MD");
      }
      String tag = tokens.get(n).tag();
      if (tag == null || !(tag.startsWith("NN") || tag.startsWith("JJ"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isPossessive(CoreLabel t) {
    return "POS".equals(t.tag());
  }
}
