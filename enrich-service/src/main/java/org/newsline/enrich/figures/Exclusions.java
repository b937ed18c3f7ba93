package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsline.enrich.dates.CalendarWords;

/**
 * The exclusion stage: amounts that are no figure because of the words around them (years, dates,
 * phone numbers, names, addresses, durations before "ago"). Stateless; works on tagged tokens.
 */
final class Exclusions {

  /** A year-shaped number, 1600-2099. */
  static final Pattern YEAR = Pattern.compile("(1[6-9]|20)\\d\\d");

  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of("in", "since", "of", "by", "until", "till", "from", "before", "after", "during", "to");

  private Exclusions() {}

  /**
   * Digits followed by a proper name in the singular ("10 Downing Street", "the 2005 RBS Six
   * Nations", "Radio 3 World Music Award"): an address or part of a name, not a count. A plural
   * head still counts ("12 Labour MPs").
   */
  static boolean isNameAfterDigits(List<CoreLabel> tokens, Amount amount, Units.Span np) {
    if (amount.first() != amount.last()
        || !Character.isDigit(tokens.get(amount.first()).word().charAt(0))) {
      return false;
    }
    CoreLabel first = tokens.get(np.first());
    CoreLabel head = tokens.get(np.last());
    return "NNP".equals(first.tag())
        && "NNP".equals(head.tag())
        && !Units.isMeasureUnit(first.word()) // "minus 40 Fahrenheit"
        && Character.isUpperCase(first.word().charAt(0))
        && Character.isUpperCase(head.word().charAt(0));
  }

  static boolean isAgo(CoreLabel t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("ago") || w.equals("earlier") || w.equals("later");
  }

  static boolean nextToMonth(List<CoreLabel> tokens, int i) {
    return i >= 0
        && i < tokens.size()
        && CalendarWords.MONTHS_WITH_ABBREVIATION_DOTS.contains(
            tokens.get(i).word().toLowerCase(Locale.ROOT));
  }

  /** "in 2024", "2023" alone: a year, not an amount. */
  static boolean isYear(List<CoreLabel> tokens, Amount amount) {
    if (amount.first() != amount.last()) {
      return false;
    }
    String w = tokens.get(amount.first()).word();
    if (!YEAR.matcher(w).matches()) {
      return false;
    }
    return true;
  }

  /** "Boeing 737", "Apollo 11": a number right after a name, with nothing counted after it. */
  static boolean isInsideName(List<CoreLabel> tokens, Amount amount, String unit) {
    if (unit != null || amount.first() == 0) {
      return false;
    }
    CoreLabel before = tokens.get(amount.first() - 1);
    return before.tag() != null
        && before.tag().startsWith("NNP")
        && Character.isUpperCase(before.word().charAt(0))
        && !YEAR_PREPOSITIONS.contains(before.word().toLowerCase(Locale.ROOT));
  }

  /** "the Six Nations title", "Seven Sisters": a capitalised number word inside a name. */
  static boolean startsName(List<CoreLabel> tokens, Amount amount) {
    String w = tokens.get(amount.first()).word();
    if (amount.first() == 0
        || !Character.isUpperCase(w.charAt(0))
        || amount.last() + 1 >= tokens.size()) {
      return false;
    }
    CoreLabel next = tokens.get(amount.last() + 1);
    return Character.isUpperCase(next.word().charAt(0))
        && next.tag() != null
        && next.tag().startsWith("NNP");
  }

  static boolean isPhoneNumber(List<CoreLabel> tokens, Amount amount) {
    for (int i = amount.first(); i <= amount.last(); i++) {
      String w = tokens.get(i).word();
      int digits = 0;
      for (int k = 0; k < w.length(); k++) {
        if (Character.isDigit(w.charAt(k))) {
          digits++;
        }
      }
      if (digits >= 7 && (w.indexOf('-') > 0 || w.startsWith("+") || w.indexOf('(') >= 0)) {
        return true;
      }
      if (digits >= 6 && w.indexOf(',') < 0 && countOf(w, '-') + countOf(w, '.') >= 2) {
        return true;
      }
    }
    return false;
  }

  private static int countOf(String s, char c) {
    return (int) s.chars().filter(ch -> ch == c).count();
  }
}
