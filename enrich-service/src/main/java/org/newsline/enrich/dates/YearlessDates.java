package org.newsline.enrich.dates;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsline.model.Field;

/**
 * Dates the text gives without a year or a week ("on Monday", "April 18", "in March"), placed
 * before or after publication by the tense of their clause ({@link Tense}): "police said on Monday"
 * is the Monday before, "the minister will travel to Paris on Monday" the one after, "fled on
 * December 20" in a January article last year's. Where the tense does not say, SUTime's value
 * stands.
 */
final class YearlessDates {

  /** Words such a date may have besides its weekday, month and day ("on the morning of"). */
  private static final Set<String> FILLERS =
      Set.of(
          "on",
          "the",
          "of",
          ",",
          "morning",
          "afternoon",
          "evening",
          "night",
          "early",
          "late",
          "mid");

  private static final Pattern DAY_OF_MONTH =
      Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d.*");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d\\d");

  private YearlessDates() {}

  /**
   * SUTime's {@code value} for the date written as {@code expression}, re-anchored by tense when
   * the expression has no year, week or relative word of its own; else {@code value} unchanged.
   *
   * @param sentence the tagged sentence that holds {@code expression}
   * @param docDate the publication date ({@code 2025-04-25}), or null: then nothing changes
   */
  static String anchor(
      String value,
      List<CoreLabel> expression,
      List<CoreLabel> sentence,
      Field field,
      String docDate) {
    if (docDate == null || expression == null || expression.isEmpty()) {
      return value;
    }
    DayOfWeek weekday = null;
    boolean month = false;
    boolean day = false;
    for (CoreLabel t : expression) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (w.endsWith(".") && w.length() > 1) {
        w = w.substring(0, w.length() - 1);
      }
      if (CalendarWords.WEEKDAYS.contains(w)) {
        weekday = DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
      } else if (CalendarWords.MONTHS.contains(w)) {
        month = true;
      } else if (DAY_OF_MONTH.matcher(w).matches()) {
        day = true;
      } else if (!FILLERS.contains(w)) {
        return value; // a year, "last", "next", "ago", "today": SUTime placed it from the words
      }
    }
    if ((weekday == null && !month) || (day && !month)) {
      return value; // "on Thursday 9": which month's 9th, the text does not say here
    }
    int from = indexOf(sentence, expression.get(0));
    if (from < 0) {
      return value;
    }
    Tense tense = tense(sentence, from, from + expression.size(), field);
    if (tense == Tense.UNKNOWN) {
      return value;
    }
    boolean past = tense == Tense.PAST;
    LocalDate published = LocalDate.parse(docDate);
    if (month && day && FULL_DATE.matcher(value).matches()) {
      MonthDay monthDay = MonthDay.parse("--" + value.substring(5, 10));
      LocalDate date = monthDay.atYear(published.getYear());
      if (past && date.isAfter(published)) {
        date = monthDay.atYear(published.getYear() - 1);
      } else if (!past && date.isBefore(published)) {
        date = monthDay.atYear(published.getYear() + 1);
      }
      return date.toString();
    }
    if (month && !day && weekday == null && YEAR_MONTH.matcher(value).matches()) {
      return month(YearMonth.parse(value), past, published);
    }
    if (weekday != null && !month && FULL_DATE.matcher(value).matches()) {
      return published
          .with(
              past
                  ? TemporalAdjusters.previousOrSame(weekday)
                  : TemporalAdjusters.nextOrSame(weekday))
          .toString();
    }
    return value;
  }

  /**
   * The month of a date written as the one word at {@code index} of {@code sentence}
   * ("mid-August"), placed by tense as {@link #anchor} places "in August"; {@code yearMonth} with
   * the publication's year, unchanged where the tense does not say.
   */
  static String anchorMonth(
      YearMonth yearMonth, List<CoreLabel> sentence, int index, Field field, String docDate) {
    Tense tense = tense(sentence, index, index + 1, field);
    return tense == Tense.UNKNOWN
        ? yearMonth.toString()
        : month(yearMonth, tense == Tense.PAST, LocalDate.parse(docDate));
  }

  /** The tense that places the date at tokens {@code [from, to)}; UNKNOWN where it should not. */
  private static Tense tense(List<CoreLabel> sentence, int from, int to, Field field) {
    String before = from > 0 ? sentence.get(from - 1).word().toLowerCase(Locale.ROOT) : "";
    if (before.equals("a") || before.equals("an")) {
      return Tense.UNKNOWN; // "at a Thursday night protest": any Thursday
    }
    Tense tense =
        before.equals("since")
            ? Tense.PAST // "since 17 April he is on hunger strike"
            : Tense.around(sentence, from, to);
    if (tense == Tense.PAST && (before.equals("until") || before.equals("till"))) {
      return Tense.UNKNOWN; // "froze the duty until September": a past decision, a later date
    }
    if (field == Field.TITLE && tense == Tense.PRESENT) {
      return Tense.UNKNOWN; // headlines tell past events in the present: "Putin meets Xi on Monday"
    }
    return tense;
  }

  private static String month(YearMonth yearMonth, boolean past, LocalDate published) {
    YearMonth placed = yearMonth.withYear(published.getYear());
    YearMonth now = YearMonth.from(published);
    if (past && placed.isAfter(now)) {
      placed = placed.minusYears(1);
    } else if (!past && placed.isBefore(now)) {
      placed = placed.plusYears(1);
    }
    return placed.toString();
  }

  /**
   * "the Sunday Telegraph", "the Sunday Business": a weekday between "the" and a capitalised name
   * is part of a title, not a date.
   */
  static boolean isInName(List<CoreLabel> expression, List<CoreLabel> sentence) {
    if (expression == null || expression.size() != 1) {
      return false;
    }
    String w = expression.get(0).word().toLowerCase(Locale.ROOT);
    int i = indexOf(sentence, expression.get(0));
    if (!CalendarWords.WEEKDAYS.contains(w) || i < 1 || i + 1 >= sentence.size()) {
      return false;
    }
    CoreLabel next = sentence.get(i + 1);
    return sentence.get(i - 1).word().equalsIgnoreCase("the")
        && Character.isUpperCase(next.word().charAt(0))
        && "NNP".equals(next.tag())
        && !CalendarWords.MONTHS.contains(next.word().toLowerCase(Locale.ROOT));
  }

  private static int indexOf(List<CoreLabel> sentence, CoreLabel token) {
    for (int i = 0; i < sentence.size(); i++) {
      if (sentence.get(i).beginPosition() == token.beginPosition()) {
        return i;
      }
    }
    return -1;
  }
}
