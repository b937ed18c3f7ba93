package org.newsline.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarWordsTest {

  @Test
  void monthsHoldFullNamesAndAbbreviationsWithoutDots() {
    assertThat(CalendarWords.MONTHS)
        .hasSize(24)
        .contains("january", "may", "mar", "sept")
        .doesNotContain("mar.", "monday");
  }

  @Test
  void theDottedSetAddsADotToEveryAbbreviationButNotToMay() {
    assertThat(CalendarWords.MONTHS_WITH_ABBREVIATION_DOTS)
        .hasSize(36)
        .containsAll(CalendarWords.MONTHS)
        .contains("jan.", "sept.", "dec.")
        .doesNotContain("may.", "january.");
  }
}
