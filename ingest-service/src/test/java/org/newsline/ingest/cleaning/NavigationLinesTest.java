package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NavigationLinesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Skip to main content",
        "Skip to content",
        "Back to top button",
        "Back to top ↑",
        "Related Articles",
        "RELATED STORIES",
        "Read more",
        "Read more: Ferry fares rise again",
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter WhatsApp Email",
        "Subscribe to our newsletter",
        "Sign up for the morning briefing",
        "Follow us on Mastodon",
        "Advertisement",
        "› Continue reading",
        "You may also like",
        "4 min read"
      })
  void recognisesNavigationLines(String line) {
    assertThat(NavigationLines.isNavigation(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Readers were asked to share their stories of the flood.",
        "Related charges were dropped on Monday.",
        "Home secretary visits the harbour",
        "Search teams found the boat at dawn."
      })
  void leavesSentencesContainingTheSameWords(String line) {
    assertThat(NavigationLines.isNavigation(line)).isFalse();
  }

  @Test
  void removesNavigationLinesAnywhereAndRecordsThemInOrder() {
    RuleHarness.Outcome outcome =
        RuleHarness.run(
            new NavigationLines(),
            "",
            "Skip to main content\n\nThe port reopened on Monday.\n\nRelated Articles\n\nBack to top button");

    assertThat(outcome.body()).isEqualTo("The port reopened on Monday.");
    assertThat(outcome.removed())
        .containsExactly("Skip to main content", "Related Articles", "Back to top button");
  }
}
