package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsline.model.Direction;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;

/**
 * The direction stage: which figures of a sentence report a change, and which way it went, by the
 * grammar of change ({@code change-words.txt}). A word of change with a sense opens a clause of
 * change that runs to the next clause break (a finite verb, "while", "but", a relative pronoun, a
 * semicolon). In it, a figure goes the word's way when it is
 *
 * <ul>
 *   <li>the amount of the change, right after the word over modifiers ("rose 4%", "was down 30
 *       cents", "rose a higher than expected 17,000", "a rise of 5%");
 *   <li>introduced by "by", "to", "from" or "at" over modifiers ("fell by 6%", "rose 2% to $11.1bn
 *       from $10.9bn", "to reach £546m", "at an annual rate of 3.7%");
 *   <li>in brackets right after such a figure ("$1.13bn (£600m)").
 * </ul>
 *
 * A figure right before a noun, adverb or comparative of change goes its way ("a 5% rise", "a 25
 * basis point cut", "closed 3% higher"), and "more" or "fewer" right after an amount is a change of
 * it ("90,000 more people"). A length right after a verb of change is a distance moved ("jumped
 * 30ft from a window"), not a change. A particle of change ("closed up four pence") counts for any
 * figure but a count of a noun, which is the object of a phrasal verb ("shot down 3 drones"). Every
 * other figure has none. Stateless; works on tagged tokens.
 */
final class Directions {

  /** Tags of the words that may stand between a word of change and its amount. */
  private static final Set<String> MODIFIER_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "RB", "RBR", "VBN", "PRP$");

  /** Prepositions that bring in a figure of the change: its amount or a level. */
  private static final Set<String> CHANGE_PREPOSITIONS = Set.of("by", "to", "from", "at");

  /** Words that close a clause of change. */
  private static final Set<String> BREAK_WORDS =
      Set.of("while", "whereas", "but", "although", "though", "even", "whilst", ";", "that");

  private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

  /** Tags a word of change may have before its figure: a verb, noun, adverb or preposition. */
  private static final Set<String> BEFORE_TAGS =
      Set.of("VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "NN", "NNS", "RB", "IN");

  /** Tags a word of change may have right after its figure: a noun, adverb or comparative. */
  private static final Set<String> AFTER_TAGS = Set.of("NN", "NNS", "RB", "RBR", "JJR");

  private Directions() {}

  /** The figures of one sentence, each with its direction where the text reports a change. */
  static List<Figure> of(List<CoreLabel> tokens, List<Figure> figures) {
    int[] first = new int[figures.size()];
    int[] last = new int[figures.size()];
    for (int f = 0; f < figures.size(); f++) {
      first[f] = tokenAt(tokens, figures.get(f).start());
      last[f] = tokenBefore(tokens, figures.get(f).end());
    }
    Direction[] found = new Direction[figures.size()];
    for (int f = 0; f < figures.size(); f++) {
      if (first[f] < 0 || last[f] < first[f]) {
        continue;
      }
      found[f] = after(tokens, first[f], last[f]);
      if (found[f] == null) {
        found[f] =
            inClause(
                tokens,
                first[f],
                first,
                last,
                isLength(figures.get(f)),
                takesParticle(figures.get(f)));
      }
      if (found[f] == null
          && f > 0
          && found[f - 1] != null
          && bracketed(tokens, last[f - 1], first[f])) {
        found[f] = found[f - 1]; // "$1.13bn (£600m)"
      }
    }
    List<Figure> out = new ArrayList<>(figures.size());
    for (int f = 0; f < figures.size(); f++) {
      out.add(found[f] == null ? figures.get(f) : figures.get(f).withDirection(found[f]));
    }
    return out;
  }

  /** "a 5% rise", "closed 3% higher", "90,000 more people": the way the words after go. */
  private static Direction after(List<CoreLabel> tokens, int first, int last) {
    for (int k = first; k < last; k++) {
      String w = lower(tokens.get(k + 1));
      if ("CD".equals(tokens.get(k).tag()) && (w.equals("more") || w.equals("fewer"))) {
        return w.equals("more") ? Direction.UP : Direction.DOWN;
      }
    }
    int k = last + 1;
    while (k < tokens.size() && "JJ".equals(tokens.get(k).tag())) {
      k++; // "a 3% annual rise"
    }
    if (k >= tokens.size() || !AFTER_TAGS.contains(tokens.get(k).tag())) {
      return null;
    }
    ChangeWords.Word w = ChangeWords.of(tokens.get(k));
    return w == null ? null : w.sense();
  }

  /**
   * The sense of the word of change whose clause holds the figure starting at token {@code first},
   * when the figure is its amount or comes in by a preposition of change; else null.
   */
  private static Direction inClause(
      List<CoreLabel> tokens,
      int first,
      int[] starts,
      int[] ends,
      boolean length,
      boolean particle) {
    // A figure the tagger began with its preposition ("from 31 to 44": "to 44") starts there.
    int k = CHANGE_PREPOSITIONS.contains(lower(tokens.get(first))) ? first : first - 1;
    boolean preposition = false;
    // Back over the modifiers of the figure ("an expected", "a respectable annual rate of").
    while (k >= 0) {
      CoreLabel t = tokens.get(k);
      String tag = t.tag() == null ? "" : t.tag();
      String w = lower(t);
      if (CHANGE_PREPOSITIONS.contains(w)) {
        preposition = true;
        break;
      }
      if (ChangeWords.of(t) != null
          && governs(tokens, k, particle)
          && !insideFigure(k, starts, ends)) {
        break;
      }
      boolean nounOf =
          w.equals("of")
              && k > 0
              && tokens.get(k - 1).tag() != null
              && tokens.get(k - 1).tag().startsWith("NN")
              && ChangeWords.of(tokens.get(k - 1)) == null;
      if (nounOf) {
        k -= 2; // "a rate of", "a level of"
        continue;
      }
      if (w.equals("of") && k > 0 && ChangeWords.of(tokens.get(k - 1)) != null) {
        k--; // "a rise of 5%"
        break;
      }
      if (!MODIFIER_TAGS.contains(tag)
          && !w.equals("than")
          && !w.equals("between")
          && !(tag.equals("VB") && k > 0 && lower(tokens.get(k - 1)).equals("to"))) {
        return null;
      }
      k--;
    }
    if (k < 0) {
      return null;
    }
    if (!preposition) {
      String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
      if (length && tag.startsWith("VB")) {
        return null; // "jumped 30ft from a window": a distance moved, not a change of a quantity
      }
      return sense(tokens.get(k)); // the amount of the change
    }
    // A preposition of change: the clause's word of change stands before it.
    for (int j = k - 1; j >= 0; j--) {
      CoreLabel t = tokens.get(j);
      ChangeWords.Word w = ChangeWords.of(t);
      if (w != null
          && w.sense() != null
          && governs(tokens, j, particle)
          && !insideFigure(j, starts, ends)) {
        return w.sense();
      }
      if (breaksClause(t)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the word of change at token {@code k} may govern a figure after it: a verb, noun,
   * adverb or preposition. An adverb or particle right after a verb other than "be" is part of a
   * phrasal verb: it governs the figure only where {@code particle} says the figure is no count of
   * a noun ("closed up four pence", "was trading down at $103.05"), as such a count is the verb's
   * object ("shot down 3 drones"); after "be" it is the change itself ("was down 30 cents").
   */
  private static boolean governs(List<CoreLabel> tokens, int k, boolean particle) {
    String tag = tag(tokens.get(k));
    boolean phrasal =
        (tag.equals("RP") || tag.equals("RB"))
            && k > 0
            && tag(tokens.get(k - 1)).startsWith("VB")
            && !isBe(tokens.get(k - 1));
    return phrasal ? particle : BEFORE_TAGS.contains(tag);
  }

  private static String tag(CoreLabel t) {
    return t.tag() == null ? "" : t.tag();
  }

  private static boolean isBe(CoreLabel t) {
    String lemma = t.lemma() != null ? t.lemma() : t.word();
    return lemma.equalsIgnoreCase("be")
        || Set.of("is", "was", "were", "are", "been", "being", "'s").contains(lower(t));
  }

  /** Whether a particle of change may govern the figure: anything but a count of a noun. */
  static boolean takesParticle(Figure f) {
    return !(f.kind() == FigureKind.COUNT && f.unit() != null);
  }

  private static boolean isLength(Figure f) {
    UnitCatalogue.Unit unit =
        f.unitNormalized() == null ? null : UnitCatalogue.of(f.unitNormalized());
    return unit != null && unit.dimension().equals("length");
  }

  private static Direction sense(CoreLabel t) {
    ChangeWords.Word w = ChangeWords.of(t);
    return w == null ? null : w.sense();
  }

  private static boolean breaksClause(CoreLabel t) {
    String tag = t.tag() == null ? "" : t.tag();
    return FINITE_VERB_TAGS.contains(tag)
        || tag.equals("WDT")
        || tag.equals("WP")
        || tag.equals("WRB")
        || BREAK_WORDS.contains(lower(t));
  }

  private static boolean insideFigure(int k, int[] starts, int[] ends) {
    for (int f = 0; f < starts.length; f++) {
      if (k >= starts[f] && k <= ends[f]) {
        return true; // "up to 40 tanks": the qualifier, not a change
      }
    }
    return false;
  }

  /**
   * "$1.13bn (£600m)": the figure at {@code next} stands in brackets right after token {@code end}.
   */
  private static boolean bracketed(List<CoreLabel> tokens, int end, int next) {
    return next == end + 2 && isOpenBracket(tokens.get(end + 1));
  }

  private static boolean isOpenBracket(CoreLabel t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }

  private static int tokenAt(List<CoreLabel> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).endPosition() > offset) {
        return i;
      }
    }
    return -1;
  }

  private static int tokenBefore(List<CoreLabel> tokens, int offset) {
    int last = -1;
    for (int i = 0; i < tokens.size() && tokens.get(i).beginPosition() < offset; i++) {
      last = i;
    }
    return last;
  }

  private static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
