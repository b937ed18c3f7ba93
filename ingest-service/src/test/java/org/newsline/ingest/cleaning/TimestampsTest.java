package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  private static final String PROSE =
      "Ferries returned to the north quay of Port Ellis on Tuesday morning.";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published 22 April 2025, 08:15 BST",
        "Updated 3 hours ago",
        "Last modified: Tue 22 Apr 2025 09.30 GMT",
        "22/04/2025",
        "Posted on Monday 21st April at 9:30 am",
        "2025-04-22 08:15"
      })
  void recognisesTimestamps(String line) {
    assertThat(Timestamps.isTimestamp(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3-1",
        "212",
        "Updated",
        "Published on the harbour website",
        "May Day",
        "Friday, 25 February"
      })
  void leavesNumbersScoresWordsAndEventDates(String line) {
    assertThat(Timestamps.isTimestamp(line)).isFalse();
  }

  @Test
  void removesTimestampsAboveAndBelowTheProseOnly() {
    String body =
        "Published 22 April 2025, 08:15 BST\n\nUpdated 3 hours ago\n\n"
            + PROSE
            + "\n\n22 April 2025\n\n"
            + PROSE.replace("Tuesday", "Wednesday")
            + "\n\n22/04/2025";

    RuleHarness.Outcome outcome = RuleHarness.run(new Timestamps(), "", body);

    assertThat(outcome.removed())
        .containsExactly("Published 22 April 2025, 08:15 BST", "Updated 3 hours ago", "22/04/2025");
    assertThat(outcome.body()).contains("\n\n22 April 2025\n\n");
  }
}
