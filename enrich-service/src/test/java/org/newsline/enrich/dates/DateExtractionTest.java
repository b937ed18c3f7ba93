package org.newsline.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.SharedEngine;
import org.newsline.model.DateMention;

class DateExtractionTest {

  private static List<DateMention> dates(String body, Instant publishedAt) {
    var raw = SharedEngine.article("d-1", "", body, publishedAt);
    List<DateMention> dates = SharedEngine.get().enrich(raw).dates();
    for (DateMention d : dates) {
      assertThat(raw.body().substring(d.start(), d.end())).isEqualTo(d.text());
    }
    return dates;
  }

  @Test
  void resolvesYearlessAndRelativeDatesAgainstPublication() {
    assertThat(
            dates(
                "The men fled on April 18. A court met last week. Training began on"
                    + " December 3, 2024.",
                Instant.parse("2025-04-25T09:00:00Z")))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(
            tuple("April 18", "2025-04-18"),
            tuple("last week", "2025-W16"),
            tuple("December 3, 2024", "2024-12-03"));
  }

  @Test
  void leavesTheYearOpenWithoutAPublicationDate() {
    assertThat(dates("The men fled on April 18.", null))
        .extracting(DateMention::value)
        .containsExactly("XXXX-04-18");
  }

  @Test
  void skipsDurationsAndTimesOfDay() {
    assertThat(dates("They waited for three hours and left at 10:30 pm.", null)).isEmpty();
  }

  @Test
  void readsMidMonthAndSkipsVerbsAndVagueYears() {
    assertThat(
            dates(
                "Losses grew from mid-December 2024. Prices may fall, as the year ends.",
                Instant.parse("2025-04-25T09:00:00Z")))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("mid-December 2024", "2024-12"));
  }

  @Test
  void placesAWeekdayBeforeOrAfterPublicationByTheTenseOfItsClause() {
    // published on Friday 25 April 2025
    assertThat(
            dates(
                "Police said on Monday that they would appeal. The minister will travel to"
                    + " Paris on Monday. Talks resumed on Wednesday and will continue on"
                    + " Tuesday. The vote is on Sunday.",
                Instant.parse("2025-04-25T09:00:00Z")))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(
            tuple("Monday", "2025-04-21"),
            tuple("Monday", "2025-04-28"),
            tuple("Wednesday", "2025-04-23"),
            tuple("Tuesday", "2025-04-29"),
            tuple("Sunday", "2025-04-27"));
  }

  @Test
  void placesADateWithoutAYearInThePublicationsYearOrTheOneBeforeOrAfterByTense() {
    assertThat(
            dates(
                "The company stopped sales of the drug on 30 September. Judges will meet up on"
                    + " 25 January to decide. The plant opened in May.",
                Instant.parse("2025-04-25T09:00:00Z")))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(
            tuple("30 September", "2024-09-30"),
            tuple("25 January", "2026-01-25"),
            tuple("May", "2024-05"));
  }

  @Test
  void aWeekdayInANewspapersNameIsNoDate() {
    assertThat(
            dates(
                "A report in the Sunday Telegraph claimed the minister would resign.",
                Instant.parse("2025-04-25T09:00:00Z")))
        .isEmpty();
  }

  @Test
  void aDateAfterSinceIsInThePastWhateverTheVerbOfItsClause() {
    assertThat(
            dates("Since 17 April he is on hunger strike.", Instant.parse("2025-04-25T09:00:00Z")))
        .extracting(DateMention::value)
        .containsExactly("2025-04-17");
  }

  @Test
  void placesAMidMonthWithoutAYearByTenseToo() {
    assertThat(
            dates(
                "An article from mid-August told of the losses. Talks will resume in mid-March.",
                Instant.parse("2025-04-25T09:00:00Z")))
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(tuple("mid-August", "2024-08"), tuple("mid-March", "2026-03"));
  }
}
