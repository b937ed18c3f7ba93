package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value stage on tokens built by hand, with the normalised values CoreNLP gives them. */
class AmountValuesTest {

  @Test
  void givesTheScaleWrittenInTheAmountToTheValuesTheNormaliserReadWithoutIt() {
    List<CoreLabel> range = tokens("£/$ 10/CD -/HYPH 25m/NN");
    assertThat(AmountValues.values(range, new Amount(0, 3, "MONEY", "£10.0 - 25.0")))
        .containsExactly(1e7, 2.5e7);
    assertThat(AmountValues.values(tokens("40k/CD"), new Amount(0, 0, "NUMBER", "40.0")))
        .containsExactly(40_000.0);
    assertThat(AmountValues.values(tokens("1.2/CD trn/CD"), new Amount(0, 1, "MONEY", "¥1.2")))
        .containsExactly(1.2e12);
  }

  @Test
  void keepsAValueTheNormaliserAlreadyScaled() {
    List<CoreLabel> t = tokens("$/$ 1.7/CD bn/CD");
    assertThat(AmountValues.values(t, new Amount(0, 2, "MONEY", "$1.7E9"))).containsExactly(1.7e9);
  }

  @Test
  void readsAnAmountWithoutANormalisedValueFromItsWords() {
    List<CoreLabel> t = tokens("1.5/CD -/HYPH 2/CD km/NNS");
    assertThat(AmountValues.values(t, new Amount(0, 2, "NUMBER", null))).containsExactly(1.5, 2.0);
  }

  @Test
  void givesNoValueToSeveralNumbersTheNormaliserLeftUnreadAsOneMention() {
    // "won 6-3 7-6": CoreNLP tags the two set scores one NUMBER mention without a value
    List<CoreLabel> t = tokens("6/CD -/HYPH 3/CD 7/CD -/HYPH 6/CD");
    assertThat(AmountValues.values(t, new Amount(0, 5, "NUMBER", null))).isNull();
    assertThat(AmountValues.values(tokens("12,000/CD"), new Amount(0, 0, "NUMBER", null)))
        .containsExactly(12_000.0);
    List<CoreLabel> age = tokens("47/CD -/HYPH year/NN -/HYPH old/JJ");
    assertThat(AmountValues.values(age, new Amount(0, 4, "NUMBER", null))).containsExactly(47.0);
  }

  @Test
  void readsAGluedUnitAsNoScale() {
    List<CoreLabel> t = tokens("10m/NN");
    assertThat(AmountValues.values(t, new Amount(0, 0, Amount.GLUED, "10"))).containsExactly(10.0);
  }

  @Test
  void givesTheLowEndOfARangeTheHighEndsScaleOnlyWhenWrittenSmaller() {
    List<CoreLabel> words = tokens("two/CD to/TO three/CD million/CD");
    Amount two = new Amount(0, 0, "NUMBER", "2.0");
    Amount threeMillion = new Amount(2, 3, "NUMBER", "3000000.0");
    assertThat(AmountValues.sharedScale(words, two, 2.0, threeMillion, 3e6)).isEqualTo(2e6);
    List<CoreLabel> digits = tokens("900,000/CD to/TO 1.2/CD million/CD");
    Amount low = new Amount(0, 0, "NUMBER", "900000.0");
    Amount high = new Amount(2, 3, "NUMBER", "1200000.0");
    assertThat(AmountValues.sharedScale(digits, low, 9e5, high, 1.2e6)).isEqualTo(9e5);
  }

  @Test
  void roundsAwayFloatingPointNoise() {
    assertThat(AmountValues.tidy(8300000.000000001)).isEqualTo(8_300_000.0);
    assertThat(AmountValues.tidy(2.1550000000000002)).isEqualTo(2.155);
  }
}
