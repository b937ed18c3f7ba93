package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scale words and glued scale suffixes, without CoreNLP. */
class ScaleWordsTest {

  @Test
  void readsDigitsWithAScaleSuffixGluedOn() {
    assertThat(ScaleWords.gluedValue("25bn")).isEqualTo(2.5e10);
    assertThat(ScaleWords.gluedValue("40k")).isEqualTo(40_000.0);
    assertThat(ScaleWords.gluedValue("1.2tn")).isEqualTo(1.2e12);
  }

  @Test
  void readsNoOtherWordAsAGluedScale() {
    assertThat(ScaleWords.gluedValue("10m")).isNull(); // metres or millions: decided elsewhere
    assertThat(ScaleWords.gluedValue("30ft")).isNull();
    assertThat(ScaleWords.gluedValue("25")).isNull();
    assertThat(ScaleWords.gluedValue("bn")).isNull();
  }
}
