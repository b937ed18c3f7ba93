package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareBarsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share this article: Facebook Twitter Email",
        "Share: Facebook | X | WhatsApp | Copy link",
        "Share on Facebook, Twitter or by e-mail:",
        "Facebook 12 | Twitter 4",
        "Share this story via WhatsApp"
      })
  void recognisesShareBars(String line) {
    assertThat(ShareBars.isShareBar(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Facebook and Twitter were fined on Monday",
        "Share prices on the Nikkei rose 2%",
        "Email",
        "Print this article",
        "Twitter shares this story on Facebook."
      })
  void leavesLinesThatSayAnythingElse(String line) {
    assertThat(ShareBars.isShareBar(line)).isFalse();
  }

  @Test
  void removesShareBarsAnywhereAndRecordsThem() {
    String body =
        "Share this article: Facebook Twitter Email\n\n"
            + "Ferries returned to the north quay on Tuesday.\n\n"
            + "Share: Facebook | X | WhatsApp";

    RuleHarness.Outcome outcome = RuleHarness.run(new ShareBars(), "", body);

    assertThat(outcome.body()).isEqualTo("Ferries returned to the north quay on Tuesday.");
    assertThat(outcome.removed())
        .containsExactly(
            "Share this article: Facebook Twitter Email", "Share: Facebook | X | WhatsApp");
  }
}
