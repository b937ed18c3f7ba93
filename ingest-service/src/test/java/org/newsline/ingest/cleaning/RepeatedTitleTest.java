package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedTitleTest {

  @Test
  void removesTheTitleRepeatedTwiceAtTheTop() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new RepeatedTitle(),
            "Night bus trial approved",
            "Night bus trial approved\n\nNight Bus Trial Approved.\n\nThe council voted on Tuesday.");

    assertThat(outcome.removed()).hasSize(2);
    assertThat(outcome.body()).isEqualTo("The council voted on Tuesday.");
  }

  @Test
  void keepsTheTitleWordsWhenTheyAppearLaterInTheBody() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new RepeatedTitle(),
            "Night bus trial approved",
            "The council voted on Tuesday.\n\nNight bus trial approved");

    assertThat(outcome.removed()).isEmpty();
  }
}
