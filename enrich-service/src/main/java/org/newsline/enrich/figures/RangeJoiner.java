package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The range stage: whether two amounts next to each other are the ends of one range ("400,000 to
 * 500,000", "between 3 and 5", "three or four") or a change and its new level ("rose 17,000 to
 * 4.483 million"). Stateless; works on tagged tokens.
 */
final class RangeJoiner {

  private static final Set<String> RANGE_JOINERS = Set.of("to", "or", "-", "–", "—", "and");

  /** Prepositions of time that make a year-shaped number before "to" a year ("in 2005 to"). */
  private static final Set<String> YEAR_BEFORE_TO =
      Set.of("in", "since", "by", "until", "till", "before", "after", "during", "of");

  /** Tags of the words that may stand between a word of change and its amount. */
  private static final Set<String> CHANGE_MODIFIER_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "RB", "RBR", "VBN", "IN");

  private RangeJoiner() {}

  /**
   * Whether {@code low}, a joiner ("to", "or", a dash; "and" after "between") and {@code high} are
   * one range: same kind, ascending, and not a change ("rose 17,000 to ...") nor a year before "to"
   * ("in 2005 to 5.5 million").
   */
  static boolean joinsRange(List<CoreLabel> tokens, Amount low, Amount high) {
    if (high.first() != low.last() + 2 || !low.ner().equals(high.ner())) {
      return false;
    }
    String joiner = tokens.get(low.last() + 1).word().toLowerCase(Locale.ROOT);
    if (!RANGE_JOINERS.contains(joiner)) {
      return false;
    }
    if (joiner.equals("and")
        && !(low.first() > 0 && tokens.get(low.first() - 1).word().equalsIgnoreCase("between"))) {
      return false;
    }
    if (joiner.equals("to") && low.first() > 0) {
      CoreLabel before = tokens.get(low.first() - 1);
      if (afterChangeWord(tokens, low.first())) {
        return false; // "rose 17,000 to 4.483 million": a change and the new level
      }
      if (low.first() == low.last()
          && Exclusions.YEAR.matcher(tokens.get(low.first()).word()).matches()
          && YEAR_BEFORE_TO.contains(before.word().toLowerCase(Locale.ROOT))) {
        return false; // "in 2005 to 5.5 million tonnes": a year, then the amount
      }
    }
    double[] a = AmountValues.values(tokens, low);
    double[] b = AmountValues.values(tokens, high);
    return a != null && b != null && a[a.length - 1] < b[0];
  }

  /**
   * Whether token {@code joiner} ("to", "or") lies inside the same CoreNLP mention as token {@code
   * before}: same NER label and the same normalised value ("from 31 to 44": NUMBER {@code
   * 31.0-44.0} on all three tokens).
   */
  static boolean continuesSpan(List<CoreLabel> tokens, int before, int joiner) {
    CoreLabel a = tokens.get(before);
    CoreLabel b = tokens.get(joiner);
    String norm = a.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    return a.ner() != null
        && Units.isNumericNer(a.ner())
        && a.ner().equals(b.ner())
        && norm != null
        && norm.equals(b.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
  }

  /**
   * CoreNLP gives "from 31 to 44" one mention with the range {@code 31.0-44.0} as its value; split
   * at its joiner, each end is an amount with that range as its value. The end before the joiner
   * keeps the low value and the end after it the high one, so that the range stage decides whether
   * they are a range or a change's two levels ("rose from 31 to 44").
   */
  static List<Amount> splitSpannedRanges(List<CoreLabel> tokens, List<Amount> amounts) {
    List<Amount> out = new ArrayList<>(amounts);
    for (int a = 0; a + 1 < out.size(); a++) {
      Amount low = out.get(a);
      Amount high = out.get(a + 1);
      if (high.first() != low.last() + 2
          || low.normalized() == null
          || !low.normalized().equals(high.normalized())
          || !low.ner().equals(high.ner())
          || !continuesSpan(tokens, low.last(), low.last() + 1)) {
        continue;
      }
      Matcher m = AmountValues.NUMBER.matcher(low.normalized());
      if (!m.find()) {
        continue;
      }
      String prefix = low.normalized().substring(0, m.start());
      String lowValue = m.group();
      if (!m.find()) {
        continue;
      }
      String highValue = m.group().startsWith("-") ? m.group().substring(1) : m.group();
      out.set(a, new Amount(low.first(), low.last(), low.ner(), prefix + lowValue));
      out.set(a + 1, new Amount(high.first(), high.last(), high.ner(), prefix + highValue));
      a++;
    }
    return out;
  }

  /**
   * A word of change before the amount at {@code first}, directly or over a few modifiers ("rose a
   * higher than expected 17,000").
   */
  private static boolean afterChangeWord(List<CoreLabel> tokens, int first) {
    for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
      CoreLabel t = tokens.get(k);
      if (ChangeWords.reportsChange(t)) {
        return true;
      }
      if (k == first - 1 && t.word().equalsIgnoreCase("from")) {
        continue; // "rose from 31 to 44": the old level and the new one
      }
      boolean than = t.word().equalsIgnoreCase("than");
      if (t.tag() == null
          || !CHANGE_MODIFIER_TAGS.contains(t.tag())
          || (t.tag().equals("IN") && !than)) {
        return false;
      }
    }
    return false;
  }
}
