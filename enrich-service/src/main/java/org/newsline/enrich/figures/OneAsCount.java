package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "one" before a noun: mostly an article or a pronoun ("one of them", "one day", "One thing is
 * certain", "on one side by"), but a count where the noun is the subject of a reported event or
 * what a "to" goes on about: the noun is followed by a verb in the past or a participle ("one
 * soldier killed in another attack", "one trader said"), a modal ("one mile can provide"), a form
 * of "be" or "have" before a participle ("one drachma is known as") or "to" ("make one change to
 * the line-up"). Stateless.
 */
final class OneAsCount {

  /**
   * Words before "one" that make it a pronoun, part of a determiner or a rank ("the one", "no one",
   * "number one").
   */
  private static final Set<String> DETERMINERS =
      Set.of("the", "this", "no", "any", "every", "each", "which", "what", "such", "number");

  private OneAsCount() {}

  /**
   * Whether the "one" at token {@code one} counts the noun phrase ending at token {@code head} (the
   * unit's head noun, a common noun and no unit of time): see the class comment; no determiner or
   * "number" may stand before "one".
   */
  static boolean counts(List<CoreLabel> tokens, int one, int head) {
    if (head <= one || head + 1 >= tokens.size()) {
      return false;
    }
    if (one > 0 && DETERMINERS.contains(lower(tokens.get(one - 1)))) {
      return false;
    }
    if (one > 0
        && Character.isUpperCase(tokens.get(one).word().charAt(0))
        && Character.isLetterOrDigit(tokens.get(one - 1).word().charAt(0))) {
      return false; // "that One Music would support": a name inside the sentence
    }
    CoreLabel noun = tokens.get(head);
    if (noun.tag() == null
        || !noun.tag().startsWith("NN")
        || noun.tag().startsWith("NNP")
        || Units.isTimeUnit(lower(noun))) {
      return false;
    }
    String next = tag(tokens, head + 1);
    if (next.equals("VBD") || next.equals("VBN") || next.equals("MD") || next.equals("TO")) {
      return true;
    }
    String after = tag(tokens, head + 2);
    return (next.equals("VBZ") || next.equals("VBP"))
        && (after.equals("VBN") || after.equals("VBG"));
  }

  private static String tag(List<CoreLabel> tokens, int k) {
    return k < tokens.size() && tokens.get(k).tag() != null ? tokens.get(k).tag() : "";
  }

  private static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
