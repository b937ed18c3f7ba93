package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import org.junit.jupiter.api.Test;

/** "one" before a noun as a count or an article, on tokens built by hand. */
class OneAsCountTest {

  @Test
  void countsTheNounOfAReportedEventAfterOne() {
    assertThat(
            OneAsCount.counts(
                tokens("in/IN addition/NN to/TO one/CD soldier/NN killed/VBN in/IN"), 3, 4))
        .isTrue();
    assertThat(OneAsCount.counts(tokens("that/IN one/CD mile/NN can/MD provide/VB"), 1, 2))
        .isTrue();
    assertThat(OneAsCount.counts(tokens("one/CD Bombay/NNP trader/NN said/VBD"), 0, 2)).isTrue();
    assertThat(OneAsCount.counts(tokens("One/CD drachma/NN is/VBZ known/VBN as/IN"), 0, 1))
        .isTrue();
    assertThat(OneAsCount.counts(tokens("make/VB one/CD change/NN to/TO the/DT line-up/NN"), 1, 2))
        .isTrue();
  }

  @Test
  void takesOneBeforeANounThatNothingReportsOnForAnArticleOrAPronoun() {
    assertThat(OneAsCount.counts(tokens("One/CD thing/NN is/VBZ certain/JJ"), 0, 1)).isFalse();
    assertThat(
            OneAsCount.counts(tokens("attacked/VBN on/IN one/CD side/NN by/IN people/NNS"), 2, 3))
        .isFalse();
    assertThat(OneAsCount.counts(tokens("have/VBP one/CD eye/NN on/IN a/DT trip/NN"), 1, 2))
        .isFalse();
  }

  @Test
  void takesNoRankNameOrTimeForACount() {
    assertThat(OneAsCount.counts(tokens("the/DT number/NN one/CD side/NN was/VBD"), 2, 3))
        .isFalse();
    assertThat(OneAsCount.counts(tokens("that/IN One/CD Music/NN would/MD support/VB"), 1, 2))
        .isFalse();
    assertThat(OneAsCount.counts(tokens("one/CD day/NN later/RB passed/VBD"), 0, 1)).isFalse();
    assertThat(OneAsCount.counts(tokens("one/CD day/NN passed/VBD"), 0, 1)).isFalse();
    assertThat(OneAsCount.counts(tokens("the/DT one/CD thing/NN said/VBD"), 1, 2)).isFalse();
  }
}
