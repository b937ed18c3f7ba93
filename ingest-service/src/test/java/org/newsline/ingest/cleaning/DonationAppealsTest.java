package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DonationAppealsTest {

  @Test
  void removesAnAppealAndItsFundingParagraphs() {
    String body =
        "The port reopened on Monday after repairs.\n\n"
            + "Our advertising revenue has halved, and our newsroom is smaller than ever.\n\n"
            + "You can keep us afloat. Please support our journalism with a monthly donation.\n\n"
            + "Fishing crews returned the same day.";

    RuleHarness.Outcome outcome = RuleHarness.run(new DonationAppeals(), "", body);

    assertThat(outcome.body())
        .isEqualTo(
            "The port reopened on Monday after repairs.\n\nFishing crews returned the same day.");
    assertThat(outcome.removed()).hasSize(2);
  }

  @Test
  void keepsNewsAboutDonations() {
    String body =
        "The shipping firm donated two million euros to the rebuild, the mayor said.\n\n"
            + "“We support the harbour,” the firm’s chief executive said.\n\n"
            + "A US bank said it will donate $8m to the fund; please see the list below.";

    RuleHarness.Outcome outcome = RuleHarness.run(new DonationAppeals(), "", body);

    assertThat(outcome.removed()).isEmpty();
  }
}
