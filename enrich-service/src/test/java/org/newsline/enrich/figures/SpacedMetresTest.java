package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.mention;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A spaced "m" read as metres or millions, on tokens built by hand. */
class SpacedMetresTest {

  @Test
  void readsTheMAsMetresBeforeAWordOfExtentOrBesideTheXOfASize() {
    List<CoreLabel> tall =
        mention(tokens("I/PRP am/VBP 1.8/CD m/NN tall/JJ"), 2, 3, "NUMBER", "1800000.0");
    assertThat(SpacedMetres.of(tall, new Amount(2, 3, "NUMBER", "1800000.0")))
        .isEqualTo(new Amount(2, 3, Amount.GLUED, "1.8"));
    List<CoreLabel> size = tokens("1/CD m/NN x/SYM 1/CD m/NN");
    assertThat(SpacedMetres.of(size, new Amount(0, 1, "NUMBER", "1000000.0")).ner())
        .isEqualTo(Amount.GLUED);
    assertThat(SpacedMetres.of(size, new Amount(3, 4, "NUMBER", "1000000.0")).normalized())
        .isEqualTo("1");
  }

  @Test
  void leavesTheMAScaleElsewhere() {
    Amount viewers = new Amount(0, 1, "NUMBER", "1.0E7");
    assertThat(SpacedMetres.of(tokens("10/CD m/NN viewers/NNS"), viewers)).isEqualTo(viewers);
    Amount level = new Amount(2, 3, "NUMBER", "1800000.0");
    assertThat(SpacedMetres.of(tokens("rose/VBD to/TO 1.8/CD m/NN ./."), level)).isEqualTo(level);
    Amount money = new Amount(0, 1, "MONEY", "$1800000.0");
    assertThat(SpacedMetres.of(tokens("1.8/CD m/NN tall/JJ"), money)).isEqualTo(money);
    Amount capital = new Amount(0, 1, "NUMBER", "1800000.0");
    assertThat(SpacedMetres.of(tokens("1.8/CD M/NN tall/JJ"), capital)).isEqualTo(capital);
  }
}
