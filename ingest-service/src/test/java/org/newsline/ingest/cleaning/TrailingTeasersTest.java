package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrailingTeasersTest {

  @Test
  void removesHeadlinesAfterARelatedHeadingAtTheEnd() {
    String body =
        "The port reopened on Monday after eleven weeks of repairs by two crews.\n\n"
            + "More on this story\n\nFerries\n\n‘We rebuilt it twice’ Inside the quay that would not stay up";

    RuleHarness.Outcome outcome = RuleHarness.run(new TrailingTeasers(), "", body);

    assertThat(outcome.removed())
        .containsExactly(
            "More on this story",
            "Ferries",
            "‘We rebuilt it twice’ Inside the quay that would not stay up");
  }

  @Test
  void keepsHeadlineLikeLinesAtTheEndWithoutARelatedHeading() {
    String body =
        "The draw for the next round was made on Monday evening at the stadium.\n\n"
            + "Newcastle v Coventry\n\nCharlton v Yeovil";

    assertThat(RuleHarness.run(new TrailingTeasers(), "", body).removed()).isEmpty();
  }

  @Test
  void neverEmptiesAShortArticleWithoutProse() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(new TrailingTeasers(), "", "Harbour reopens\n\nFerries return");

    assertThat(outcome.removed()).isEmpty();
  }

  @Test
  void keepsAnArticleEndingWithAQuotation() {
    String body =
        "The port reopened on Monday after eleven weeks of repairs by two crews.\n\n"
            + "“It will hold,” she said.";

    assertThat(RuleHarness.run(new TrailingTeasers(), "", body).removed()).isEmpty();
  }
}
