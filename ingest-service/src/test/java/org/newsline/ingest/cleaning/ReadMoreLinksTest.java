package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadMoreLinksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Click here to read more.",
        "Read the full story",
        "Full story »",
        "Story continues below advertisement",
        "Continue reading below",
        "Keep reading",
        "See more",
        "› Read the rest of this article"
      })
  void recognisesReadMoreCalls(String line) {
    assertThat(ReadMoreLinks.isCall(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Keep reading the papers, he said.",
        "Read the full report, the minister urged MPs on Tuesday, before the vote.",
        "The story continues to divide the town.",
        "See you in court, she told him."
      })
  void leavesSentencesStartingTheSameWay(String line) {
    assertThat(ReadMoreLinks.isCall(line)).isFalse();
  }

  @Test
  void removesCallsAnywhereAndRecordsThem() {
    String body =
        "Ferries returned to the north quay on Tuesday.\n\n"
            + "Story continues below advertisement\n\n"
            + "Fares remain at last year’s level.\n\nRead the full story";

    RuleHarness.Outcome outcome = RuleHarness.run(new ReadMoreLinks(), "", body);

    assertThat(outcome.body())
        .isEqualTo(
            "Ferries returned to the north quay on Tuesday.\n\nFares remain at last year’s level.");
    assertThat(outcome.removed())
        .containsExactly("Story continues below advertisement", "Read the full story");
  }
}
