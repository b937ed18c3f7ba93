package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exclusion stage on tokens built by hand ("word/TAG" pairs), without CoreNLP. */
class ExclusionsTest {

  private static Amount at(int i) {
    return new Amount(i, i, "NUMBER", null);
  }

  @Test
  void takesAPhoneNumberForNoAmount() {
    assertThat(Exclusions.isPhoneNumber(tokens("call/VB 020-7946-0018/CD"), at(1))).isTrue();
    assertThat(Exclusions.isPhoneNumber(tokens("call/VB +441632960961/CD"), at(1))).isTrue();
    assertThat(Exclusions.isPhoneNumber(tokens("cost/VB 1,500,000/CD"), at(1))).isFalse();
  }

  @Test
  void takesAYearShapedNumberAloneForAYear() {
    assertThat(Exclusions.isYear(tokens("in/IN 2004/CD"), at(1))).isTrue();
    assertThat(Exclusions.isYear(tokens("some/DT 1,500/CD"), at(1))).isFalse();
    assertThat(Exclusions.isYear(tokens("about/IN 2500/CD"), at(1))).isFalse();
  }

  @Test
  void takesANumberNextToAMonthForADate() {
    List<CoreLabel> t = tokens("on/IN 15/CD February/NNP");
    assertThat(Exclusions.nextToMonth(t, 2)).isTrue();
    assertThat(Exclusions.nextToMonth(t, 0)).isFalse();
  }

  @Test
  void takesANumberAfterANameWithNothingCountedForPartOfTheName() {
    List<CoreLabel> t = tokens("a/DT Boeing/NNP 777/CD landed/VBD");
    assertThat(Exclusions.isInsideName(t, at(2), null)).isTrue();
    assertThat(Exclusions.isInsideName(t, at(2), "jets")).isFalse();
    assertThat(Exclusions.isInsideName(tokens("In/IN 2004/CD"), at(1), null)).isFalse();
  }

  @Test
  void takesACapitalisedNumberWordBeforeAProperNounForAName() {
    assertThat(Exclusions.startsName(tokens("the/DT Six/CD Nations/NNPS title/NN"), at(1)))
        .isTrue();
    assertThat(Exclusions.startsName(tokens("the/DT six/CD nations/NNS"), at(1))).isFalse();
  }

  @Test
  void takesDigitsBeforeASingularProperNameForAnAddress() {
    List<CoreLabel> street = tokens("at/IN 10/CD Downing/NNP Street/NNP");
    assertThat(Exclusions.isNameAfterDigits(street, at(1), new Units.Span(2, 2, 3))).isTrue();
    List<CoreLabel> mps = tokens("12/CD Labour/NNP MPs/NNS");
    assertThat(Exclusions.isNameAfterDigits(mps, at(0), new Units.Span(1, 1, 2))).isFalse();
    List<CoreLabel> cold = tokens("minus/CC 40/CD Fahrenheit/NNP");
    assertThat(Exclusions.isNameAfterDigits(cold, at(1), new Units.Span(2, 2, 2))).isFalse();
  }

  @Test
  void takesOnlyAgoEarlierAndLaterForTheWordsAfterADateDuration() {
    assertThat(Exclusions.isAgo(tokens("ago/RB").get(0))).isTrue();
    assertThat(Exclusions.isAgo(tokens("long/RB").get(0))).isFalse();
  }
}
