package org.newsline.enrich.dates;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Month and weekday names, lower case: what date finding looks for and what figure extraction must
 * not take for an amount ("March 3" is a date, not 3 of something).
 */
public final class CalendarWords {

  private static final Set<String> FULL_MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static final Set<String> MONTH_ABBREVIATIONS =
      Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Month names and their abbreviations ("march", "mar", "sept"). */
  public static final Set<String> MONTHS =
      union(FULL_MONTHS.stream(), MONTH_ABBREVIATIONS.stream());

  /** {@link #MONTHS} plus the abbreviations written with a dot, as tokenised ("mar."). */
  public static final Set<String> MONTHS_WITH_ABBREVIATION_DOTS =
      union(MONTHS.stream(), MONTH_ABBREVIATIONS.stream().map(m -> m + "."));

  /** Day names ("monday"). */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private CalendarWords() {}

  static Set<String> union(Stream<String> first, Stream<String> second) {
    return Stream.concat(first, second).collect(Collectors.toUnmodifiableSet());
  }
}
