package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Units in brackets after an amount, on tokens built by hand. */
class BracketedUnitsTest {

  @Test
  void takesCommonNounsInBracketsRightAfterTheAmountForItsUnit() {
    List<CoreLabel> kg = tokens("is/VBZ 20/CD (/-LRB- kg/NN )/-RRB-");
    assertThat(BracketedUnits.at(kg, 2)).isEqualTo(new Units.Span(2, 3, 3));
    List<CoreLabel> soldiers = tokens("400-500/CD [/-LRB- soldiers/NNS ]/-RRB- at/IN");
    assertThat(BracketedUnits.at(soldiers, 1)).isEqualTo(new Units.Span(1, 2, 2));
  }

  @Test
  void takesNoNameNumberOrUnclosedBracketForAUnit() {
    assertThat(BracketedUnits.at(tokens("27/CD (/-LRB- EU/NNP )/-RRB- states/NNS"), 1)).isNull();
    assertThat(BracketedUnits.at(tokens("250/CD euros/NNS (/-LRB- £/$ 173/CD )/-RRB-"), 2))
        .isNull();
    assertThat(BracketedUnits.at(tokens("20/CD (/-LRB- kg/NN"), 1)).isNull();
    assertThat(BracketedUnits.at(tokens("20/CD (/-LRB- )/-RRB-"), 1)).isNull();
  }
}
