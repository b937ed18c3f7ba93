package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentsTailTest {

  @Test
  void removesEverythingFromACommentsHeadingNearTheEnd() {
    String body =
        "The port reopened on Monday after eleven weeks of repairs by two crews.\n\n"
            + "Fishing crews returned the same day.\n\n"
            + "12 comments\n\nLovely news.\n\nToo expensive.";

    RuleHarness.Outcome outcome = RuleHarness.run(new CommentsTail(), "", body);

    assertThat(outcome.removed()).containsExactly("12 comments", "Lovely news.", "Too expensive.");
  }

  @Test
  void removesOnlyTheCountLineNearTheTop() {
    String body =
        "Leave a comment\n\nThe port reopened on Monday after eleven weeks of repairs.\n\n"
            + "Fishing crews returned the same day.";

    RuleHarness.Outcome outcome = RuleHarness.run(new CommentsTail(), "", body);

    assertThat(outcome.removed()).containsExactly("Leave a comment");
    assertThat(outcome.body()).endsWith("Fishing crews returned the same day.");
  }
}
