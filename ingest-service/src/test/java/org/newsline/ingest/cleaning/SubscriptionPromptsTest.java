package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriptionPromptsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sign up for our free daily newsletter and get the top stories delivered to your inbox.",
        "Enter your email address",
        "Already a subscriber? Log in to continue reading.",
        "You have reached your limit of free articles this month. Subscribe for £1 a week."
      })
  void recognisesPrompts(String text) {
    assertThat(SubscriptionPrompts.isPrompt(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Subscribers rose to 2.1 million in the quarter, the firm said.",
        "Users must log in with a password before they can see their accounts.",
        "“Sign up now and you will get a discount,” the advert said.",
        "The minister gave a briefing to reporters on Tuesday. She said you could not expect more."
            + " Then she left. Aides followed her."
      })
  void keepsNewsAboutSubscriptions(String text) {
    assertThat(SubscriptionPrompts.isPrompt(text)).isFalse();
  }

  @Test
  void removesAPromptWithItsHeadingAndKeepsASubheadingElsewhere() {
    String body =
        "Ferries returned to the north quay on Tuesday morning.\n\n"
            + "Get the Coast Gazette morning briefing\n\n"
            + "Sign up for our free daily newsletter and get the top stories delivered to your"
            + " inbox.\n\n"
            + "Enter your email address\n\n"
            + "Fares\n\n"
            + "Fares remain at last year’s level until June.";

    RuleHarness.Outcome outcome = RuleHarness.run(new SubscriptionPrompts(), "", body);

    assertThat(outcome.body())
        .isEqualTo(
            "Ferries returned to the north quay on Tuesday morning.\n\nFares\n\n"
                + "Fares remain at last year’s level until June.");
    assertThat(outcome.removed()).hasSize(3).first().asString().startsWith("Get the");
  }
}
