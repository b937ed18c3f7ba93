package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.mention;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The range stage on tokens built by hand, with the normalised values CoreNLP gives them. */
class RangeJoinerTest {

  private static Amount number(int first, int last, String value) {
    return new Amount(first, last, "NUMBER", value);
  }

  @Test
  void joinsTwoAscendingAmountsAcrossToOrAndAfterBetween() {
    List<CoreLabel> to = tokens("killed/VBD/kill 10/CD to/TO 15/CD people/NNS");
    assertThat(RangeJoiner.joinsRange(to, number(1, 1, "10.0"), number(3, 3, "15.0"))).isTrue();
    List<CoreLabel> between = tokens("between/IN 3/CD and/CC 5/CD");
    assertThat(RangeJoiner.joinsRange(between, number(1, 1, "3.0"), number(3, 3, "5.0"))).isTrue();
    List<CoreLabel> and = tokens("lost/VBD 3/CD and/CC 5/CD");
    assertThat(RangeJoiner.joinsRange(and, number(1, 1, "3.0"), number(3, 3, "5.0"))).isFalse();
  }

  @Test
  void keepsADescendingPairOrTwoKindsApart() {
    List<CoreLabel> t = tokens("from/IN 500/CD to/TO 400/CD");
    assertThat(RangeJoiner.joinsRange(t, number(1, 1, "500.0"), number(3, 3, "400.0"))).isFalse();
    Amount percent = new Amount(3, 3, "PERCENT", "%40.0");
    assertThat(RangeJoiner.joinsRange(t, number(1, 1, "5.0"), percent)).isFalse();
  }

  @Test
  void readsAChangeAndItsNewLevelAfterAWordOfChangeOverItsModifiers() {
    List<CoreLabel> rose =
        tokens(
            "rose/VBD/rise a/DT higher/JJR than/IN expected/VBN 17,000/CD to/TO 4.483/CD million/CD");
    assertThat(RangeJoiner.joinsRange(rose, number(5, 5, "17000.0"), number(7, 8, "4483000.0")))
        .isFalse();
    List<CoreLabel> by = tokens("fell/VBD/fall by/IN 600,000/CD to/TO 5.9/CD million/CD");
    assertThat(RangeJoiner.joinsRange(by, number(2, 2, "600000.0"), number(4, 5, "5900000.0")))
        .isFalse();
  }

  @Test
  void takesAYearAfterAPrepositionOfTimeForNoRangeLow() {
    List<CoreLabel> t = tokens("in/IN 2005/CD to/TO 5.5/CD million/CD tonnes/NNS");
    assertThat(RangeJoiner.joinsRange(t, number(1, 1, "2005.0"), number(3, 4, "5500000.0")))
        .isFalse();
    List<CoreLabel> counts = tokens("some/DT 2000/CD to/TO 3000/CD people/NNS");
    assertThat(RangeJoiner.joinsRange(counts, number(1, 1, "2000.0"), number(3, 3, "3000.0")))
        .isTrue();
  }

  @Test
  void splitsCoreNlpsMentionOfFromXToYIntoItsLowAndHighEnd() {
    List<CoreLabel> t =
        mention(
            tokens("rose/VBD/rise from/IN 31/CD to/IN 44/CD percent/NN"),
            2,
            4,
            "NUMBER",
            "31.0-44.0");
    assertThat(RangeJoiner.continuesSpan(t, 2, 3)).isTrue();
    List<Amount> split =
        RangeJoiner.splitSpannedRanges(
            t, List.of(number(2, 2, "31.0-44.0"), number(4, 4, "31.0-44.0")));
    assertThat(split).containsExactly(number(2, 2, "31.0"), number(4, 4, "44.0"));
    List<CoreLabel> money = mention(tokens("from/IN 5/CD to/IN 10/CD"), 1, 3, "MONEY", "$5.0-10.0");
    assertThat(
            RangeJoiner.splitSpannedRanges(
                money,
                List.of(
                    new Amount(1, 1, "MONEY", "$5.0-10.0"),
                    new Amount(3, 3, "MONEY", "$5.0-10.0"))))
        .containsExactly(new Amount(1, 1, "MONEY", "$5.0"), new Amount(3, 3, "MONEY", "$10.0"));
  }

  @Test
  void leavesTwoMentionsOfTheirOwnAsTheyAre() {
    List<CoreLabel> t = tokens("from/IN 31/CD to/IN 44/CD");
    mention(t, 1, 1, "NUMBER", "31.0");
    mention(t, 3, 3, "NUMBER", "44.0");
    assertThat(RangeJoiner.continuesSpan(t, 1, 2)).isFalse();
    List<Amount> own = List.of(number(1, 1, "31.0"), number(3, 3, "44.0"));
    assertThat(RangeJoiner.splitSpannedRanges(t, own)).isEqualTo(own);
  }

  @Test
  void readsFromXToYAfterAWordOfChangeAsTheOldAndTheNewLevelButAsARangeElsewhere() {
    List<CoreLabel> rose = tokens("rose/VBD/rise from/IN 31/CD to/IN 44/CD");
    assertThat(RangeJoiner.joinsRange(rose, number(2, 2, "31.0"), number(4, 4, "44.0"))).isFalse();
    List<CoreLabel> range = tokens("range/VBP/range from/IN 5/CD to/IN 10/CD");
    assertThat(RangeJoiner.joinsRange(range, number(2, 2, "5.0"), number(4, 4, "10.0"))).isTrue();
    List<CoreLabel> later = tokens("rose/VBD/rise 5/CD from/IN 31/CD to/IN 44/CD");
    assertThat(RangeJoiner.joinsRange(later, number(3, 3, "31.0"), number(5, 5, "44.0")))
        .as("\"from\" counts only right before the amount, after the word of change")
        .isTrue();
  }
}
