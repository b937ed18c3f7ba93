package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadingLabelsTest {

  @Test
  void removesSectionLabelsAboveTheFirstProse() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new LeadingLabels(),
            "",
            "coast\n\nWORLD\n\nThe harbour reopened on Monday after eleven weeks of repairs.\n\nOpinion");

    assertThat(outcome.removed()).containsExactly("coast", "WORLD");
    assertThat(outcome.body()).endsWith("Opinion");
  }

  @Test
  void keepsAKickOffTimeAboveAMatchPreview() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new LeadingLabels(),
            "",
            "Friday, 25 February\n\n2000 GMT\n\nThe hosts have brought in two props for the game.");

    assertThat(outcome.removed()).isEmpty();
  }

  @Test
  void keepsHeadlinesWithSeveralWords() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new LeadingLabels(), "", "Harbour Reopens After Storm\n\nThe port opened on Monday.");

    assertThat(outcome.removed()).isEmpty();
  }

  @Test
  void removesNothingFromABodyWithoutProse() {
    assertThat(RuleHarness.run(new LeadingLabels(), "", "x").removed()).isEmpty();
  }
}
