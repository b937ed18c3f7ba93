package org.newsline.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenseTest {

  /** The tense around the first token whose word is {@code date}. */
  private static Tense around(String tagged, String date) {
    List<CoreLabel> tokens = TaggedTokens.of(tagged);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word().equals(date)) {
        return Tense.around(tokens, i, i + 1);
      }
    }
    throw new IllegalArgumentException(date + " not in " + tagged);
  }

  @Test
  void aVerbInThePastBeforeTheDateIsPastEvenWithAModalAfterIt() {
    assertThat(
            around(
                "Police/NNS said/VBD on/IN Monday/NNP that/IN it/PRP would/MD cut/VB jobs/NNS ./.",
                "Monday"))
        .isEqualTo(Tense.PAST);
  }

  @Test
  void willFurtherAwayThanTwoWordsStillMakesTheFuture() {
    assertThat(
            around(
                "The/DT minister/NN will/MD travel/VB to/TO Paris/NNP on/IN Monday/NNP ./.",
                "Monday"))
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void perfectAndPassiveAreThePast() {
    assertThat(around("He/PRP has/VBZ been/VBN arrested/VBN on/IN Monday/NNP ./.", "Monday"))
        .isEqualTo(Tense.PAST);
    assertThat(around("He/PRP was/VBD released/VBN on/IN Saturday/NNP ./.", "Saturday"))
        .isEqualTo(Tense.PAST);
    assertThat(around("the/DT man/NN arrested/VBN on/IN Monday/NNP ./.", "Monday"))
        .isEqualTo(Tense.PAST);
  }

  @Test
  void anArrangementInThePresentLooksAhead() {
    assertThat(around("The/DT vote/NN is/VBZ on/IN Sunday/NNP ./.", "Sunday"))
        .isEqualTo(Tense.PRESENT);
    assertThat(around("the/DT final/JJ scheduled/VBN for/IN Saturday/NNP ./.", "Saturday"))
        .isEqualTo(Tense.PRESENT);
  }

  @Test
  void anInfinitiveTakesTheFutureFromAPresentGovernorOnly() {
    assertThat(around("Talks/NNS are/VBP due/JJ to/TO resume/VB on/IN Monday/NNP ./.", "Monday"))
        .isEqualTo(Tense.FUTURE);
    assertThat(around("Talks/NNS were/VBD due/JJ to/TO resume/VB on/IN Monday/NNP ./.", "Monday"))
        .isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void withNoVerbBeforeItTheDateTakesTheVerbAfterIt() {
    assertThat(
            around(
                "On/IN Thursday/NNP ,/, the/DT court/NN fined/VBD the/DT outlet/NN ./.",
                "Thursday"))
        .isEqualTo(Tense.PAST);
  }

  @Test
  void aPossessiveDateTakesTheVerbOfItsNounPhrase() {
    assertThat(
            around(
                "They/PRP say/VBP the/DT plans/NNS and/CC Wednesday/NNP 's/POS speech/NN"
                    + " did/VBD not/RB announce/VB policies/NNS ./.",
                "Wednesday"))
        .isEqualTo(Tense.PAST);
  }

  @Test
  void modalsOtherThanWillAndReportingVerbsDoNotSay() {
    assertThat(around("He/PRP could/MD not/RB be/VB reached/VBN on/IN Monday/NNP ./.", "Monday"))
        .isEqualTo(Tense.UNKNOWN);
    assertThat(
            around(
                "Inflation/NN in/IN January/NNP ,/, official/JJ figures/NNS show/VBP ./.",
                "January"))
        .isEqualTo(Tense.UNKNOWN);
    assertThat(around("Protest/NN on/IN Monday/NNP", "Monday")).isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void aParticipleOfComparisonIsNotTheVerbOfTheClause() {
    assertThat(
            around(
                "The/DT US/NNP created/VBD fewer/JJR jobs/NNS than/IN expected/VBN in/IN"
                    + " January/NNP ./.",
                "January"))
        .isEqualTo(Tense.PAST);
  }
}
