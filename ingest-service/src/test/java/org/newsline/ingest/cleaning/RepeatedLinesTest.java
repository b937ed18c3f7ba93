package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedLinesTest {

  private static final String CAPTION =
      "Boats shelter in the inner basin during a gale. Port Ellis, March 2025.";

  @Test
  void removesEveryCopyOfARepeatedCaption() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new RepeatedLines(),
            "",
            CAPTION + "\n\nThe breakwater held.\n\n" + CAPTION + "\n" + CAPTION + "\n\nIt rained.");

    assertThat(outcome.removed()).containsExactly(CAPTION, CAPTION, CAPTION);
    assertThat(outcome.body()).isEqualTo("The breakwater held.\n\nIt rained.");
  }

  @Test
  void removesRepeatedTeaserHeadings() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new RepeatedLines(),
            "",
            "Further reading\n\nWhy ferries vanish\n\nThe port reopened.\n\nFurther reading\n\nWhy ferries vanish");

    assertThat(outcome.body()).isEqualTo("The port reopened.");
    assertThat(outcome.removed()).hasSize(4);
  }

  @Test
  void keepsTheFirstCopyOfARepeatedLongParagraph() {
    String paragraph = "The council said. ".repeat(15).strip();
    RuleHarness.Outcome outcome =
        RuleHarness.run(new RepeatedLines(), "", paragraph + "\n\nMiddle.\n\n" + paragraph);

    assertThat(outcome.body()).isEqualTo(paragraph + "\n\nMiddle.");
    assertThat(outcome.removed()).containsExactly(paragraph);
  }

  @Test
  void keepsShortRepeatedListEntriesThatRecurAlone() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new RepeatedLines(),
            "",
            "Who will win?\n\n- Blair\n\n- Howard\n\nWho will lose?\n\n- Kennedy\n\n- Blair");

    assertThat(outcome.removed()).isEmpty();
  }

  @Test
  void keepsShortRepeatedSentences() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(new RepeatedLines(), "", "Was it worth it?\n\nYes.\n\nAnd again?\n\nYes.");

    assertThat(outcome.removed()).isEmpty();
  }
}
