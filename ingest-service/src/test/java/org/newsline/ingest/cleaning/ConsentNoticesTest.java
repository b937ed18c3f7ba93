package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentNoticesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We use cookies. Accept all",
        "This website uses cookies to improve your experience. By continuing to browse, you agree.",
        "We and our partners store and/or access information on a device. Manage your choices.",
        "We value your privacy. Choose your settings below."
      })
  void recognisesConsentNotices(String text) {
    assertThat(ConsentNotices.isNotice(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Regulators said websites must ask before setting cookies on a visitor's computer.",
        "The bakery sold 40,000 cookies in a week, its owner said.",
        "“We use cookies to remember you,” a spokeswoman for the firm said.",
        "The US said the agreement would protect the privacy of travellers."
      })
  void keepsNewsAboutCookiesAndPrivacy(String text) {
    assertThat(ConsentNotices.isNotice(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Accept all Reject all Manage preferences", "Got it", "OK"})
  void recognisesButtonRows(String text) {
    assertThat(ConsentNotices.isButtonRow(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"and", "Privacy policy", "Accept all cookies to continue."})
  void leavesRowsWithoutAnAction(String text) {
    assertThat(ConsentNotices.isButtonRow(text)).isFalse();
  }

  @Test
  void removesTheNoticeWithItsButtonRowsAndRecordsThem() {
    String body =
        "Accept all\n\n"
            + "This website uses cookies to improve your experience. Privacy policy\n\n"
            + "Reject all Manage preferences\n\n"
            + "Ferries returned to the north quay of Port Ellis on Tuesday morning.\n\n"
            + "OK";

    RuleHarness.Outcome outcome = RuleHarness.run(new ConsentNotices(), "", body);

    assertThat(outcome.body())
        .isEqualTo("Ferries returned to the north quay of Port Ellis on Tuesday morning.\n\nOK");
    assertThat(outcome.removed())
        .containsExactly(
            "Accept all",
            "This website uses cookies to improve your experience. Privacy policy",
            "Reject all Manage preferences");
  }
}
