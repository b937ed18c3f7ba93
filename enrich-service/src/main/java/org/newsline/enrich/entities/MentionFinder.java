package org.newsline.enrich.entities;

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

  private static final Set<String> TITLES = words("titles.txt");

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
    List<RawMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Candidate> named = candidate(tokens, i);
      if (named.isEmpty()) {
        i++;
        continue;
      }
      Candidate c = named.get();
      add(out, tokens, c.first(), c.last(), c.type(), c.evidence(), field, text);
      i = c.last() + 1;
    }
    return out;
  }

  /** Lower-case words that join the words of a name: "Transport for London", "Bank of Russia". */
  private static final Set<String> NAME_CONNECTORS = words("name-connectors.txt");

  /** Two or more capitals and digits, at least one letter, nothing in lower case: "RFE", "G7". */
  private static boolean isAcronym(CoreLabel t) {
    String w = t.word();
    if (w.length() < 2) {
      return false;
    }
    boolean letter = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isUpperCase(c)) {
        letter = true;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letter;
  }

  private void add(
      List<RawMention> out,
      List<CoreLabel> tokens,
      int first,
      int last,
      EntityType type,
      Evidence evidence,
      Field field,
      String text) {
    boolean fromContext = evidence != Evidence.TAGGER;
    // Trim: leading titles (people) and articles, trailing possessives and punctuation.
    while (first <= last
        && (isLeadingNoise(tokens.get(first), type, first < last)
            || (first < last
                && !fromContext
                && type != EntityType.PERSON
                && isCommonWord(tokens.get(first))
                && !NAME_CONNECTORS.contains(tokens.get(first + 1).word())))) {
      first++;
    }
    while (first <= last
        && isTrailingNoise(tokens.get(last))
        && !closesBracketOpenedIn(tokens, first, last)) {
      last--;
    }
    for (int k = last - 1; k > first; k--) {
      if (ORG_CUES.contains(tokens.get(k).word())) {
        first = k + 1; // "Telegram channel Vorota" tagged as one: the name is what the cue names
        break;
      }
    }
    if (first > last) {
      return;
    }
    int start = tokens.get(first).beginPosition();
    int end = tokens.get(last).endPosition();
    String surface = text.substring(start, end);
    String stripped = stripPossessive(surface);
    end = start + stripped.length();
    if (!looksLikeName(tokens, first, last, stripped, type)) {
      return;
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
    out.add(new RawMention(field, start, end, stripped, type, evidence, hint));
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
   * A word the name does not start with: "the" (but a capitalised "The" the tagger took in
   * mid-sentence is part of the name: "The Hague", "The Oval"), a connector the tagger took without
   * the word before it (but "de Silva" is a person's name), leading punctuation, and a person's
   * title before the name ("King" alone is a surname).
   */
  private static boolean isLeadingNoise(CoreLabel t, EntityType type, boolean nameFollows) {
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

  /** Lower-case particles that begin surnames: "de Silva", "del Olmo", "du Plessis". */
  private static final Set<String> PARTICLES = words("particles.txt");

  /** "Buducnost ( V )": a closing bracket whose opening one is inside the name is part of it. */
  private static boolean closesBracketOpenedIn(List<CoreLabel> tokens, int first, int last) {
    String w = tokens.get(last).word();
    String open =
        switch (w) {
          case ")", "-RRB-" -> "(";
          case "]", "-RSB-" -> "[";
          default -> null;
        };
    if (open == null) {
      return false;
    }
    for (int k = first; k < last; k++) {
      String o = tokens.get(k).word();
      if (o.equals(open) || o.equals(open.equals("(") ? "-LRB-" : "-LSB-")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTrailingNoise(CoreLabel t) {
    String w = t.word();
    return "POS".equals(t.tag())
        || w.equals("'s")
        || w.equals("’s")
        || w.equals("'")
        || w.equals("’")
        || (!w.isEmpty()
            && !Character.isLetterOrDigit(w.charAt(w.length() - 1))
            && w.length() == 1);
  }

  /** "Leaked" in "Leaked Defense Ministry documents": a sentence-initial common word. */
  private static boolean isCommonWord(CoreLabel t) {
    String tag = t.tag() == null ? "" : t.tag();
    return t.index() == 1 && !tag.startsWith("NNP") && !tag.equals("CD") && !isAcronym(t);
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
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
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
