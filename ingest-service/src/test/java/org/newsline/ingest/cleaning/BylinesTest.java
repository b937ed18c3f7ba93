package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

  private static final String PROSE =
      "Ferries returned to the north quay of Port Ellis on Tuesday morning.";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Mara Quist",
        "By Mara Quist, Harbour correspondent",
        "By Mara Quist and Jonas Berg | 22 April 2025",
        "BY INES BRANDT",
        "Reporting by Ana Lind; Editing by Tom Vale",
        "Written by Lena van der Berg"
      })
  void recognisesBylines(String line) {
    assertThat(Bylines.isByline(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Monday the quay had reopened to ferries and fishing boats.",
        "by the harbour wall",
        "Bystanders filmed the rescue"
      })
  void leavesOtherLinesStartingWithBy(String line) {
    assertThat(Bylines.isByline(line)).isFalse();
  }

  @Test
  void removesBylinesAboveAndBelowTheProseOnly() {
    String body =
        "By Mara Quist, Harbour correspondent\n\n"
            + PROSE
            + "\n\nBy Ferry\n\n"
            + PROSE.replace("Tuesday", "Wednesday")
            + "\n\nReporting by Ana Lind; Editing by Tom Vale";

    RuleHarness.Outcome outcome = RuleHarness.run(new Bylines(), "", body);

    assertThat(outcome.removed())
        .containsExactly(
            "By Mara Quist, Harbour correspondent", "Reporting by Ana Lind; Editing by Tom Vale");
    assertThat(outcome.body()).contains("By Ferry");
  }

  @Test
  void removesNothingFromAPageWithoutProse() {
    assertThat(RuleHarness.run(new Bylines(), "", "By Mara Quist\n\nHarbour").removed()).isEmpty();
  }
}
