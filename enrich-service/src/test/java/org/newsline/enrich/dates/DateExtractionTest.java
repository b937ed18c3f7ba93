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
}
