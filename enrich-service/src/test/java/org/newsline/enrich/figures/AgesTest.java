package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ages without their unit, on tokens built by hand. */
class AgesTest {

  @Test
  void takesAFigureRightAfterAgedForAnAgeInYears() {
    List<CoreLabel> died = tokens("died/VBD of/IN cancer/NN aged/JJ 44/CD");
    assertThat(Ages.afterAged(died, 4)).isTrue();
    List<CoreLabel> range = tokens("children/NNS Aged/JJ 10/CD to/TO 13/CD");
    assertThat(Ages.afterAged(range, 2)).isTrue();
  }

  @Test
  void takesNoOtherFigureForAnAge() {
    List<CoreLabel> t = tokens("aged/JJ parents/NNS of/IN 44/CD pupils/NNS");
    assertThat(Ages.afterAged(t, 3)).isFalse();
    assertThat(Ages.afterAged(tokens("44/CD pupils/NNS"), 0)).isFalse();
  }
}
