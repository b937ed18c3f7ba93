package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsline.enrich.figures.HandTokens.mention;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.Qualifier;

/**
 * The extractor's stages put together, on tokens and numeric mentions built by hand as CoreNLP's
 * tagger gives them (no models loaded).
 */
class FigureExtractorHandTest {

  private static List<Figure> figures(List<CoreLabel> tokens) {
    StringBuilder text = new StringBuilder();
    for (CoreLabel t : tokens) {
      text.append(t.word()).append(' ');
    }
    return new FigureExtractor().extract(tokens, Field.BODY, text.toString());
  }

  @Test
  void takesABoundAfterAPercentSignOrPerCent() {
    List<CoreLabel> sign =
        mention(
            tokens("Prices/NNS rose/VBD 5/CD %/NN or/CC more/JJR in/IN May/NNP"),
            2,
            2,
            "NUMBER",
            "5.0");
    assertThat(figures(sign))
        .extracting(Figure::text, Figure::value, Figure::qualifier)
        .containsExactly(tuple("5 % or more", 5.0, Qualifier.AT_LEAST));
    List<CoreLabel> words =
        mention(
            tokens("some/DT 5/CD per/NN cent/NN or/CC less/JJR of/IN voters/NNS"),
            1,
            1,
            "NUMBER",
            "5.0");
    assertThat(figures(words))
        .extracting(Figure::text, Figure::qualifier)
        .containsExactly(tuple("some 5 per cent or less", Qualifier.AT_MOST));
  }

  @Test
  void leavesAPercentageBeforeAnotherComparisonUnbounded() {
    List<CoreLabel> t =
        mention(tokens("rose/VBD 5/CD %/NN or/CC more/JJR than/IN 10/CD"), 1, 1, "NUMBER", "5.0");
    mention(t, 6, 6, "NUMBER", "10.0");
    assertThat(figures(t)).extracting(Figure::qualifier).first().isEqualTo(Qualifier.EXACT);
  }

  @Test
  void readsASpacedMBeforeAWordOfExtentAsMetres() {
    List<CoreLabel> t =
        mention(tokens("He/PRP is/VBZ 1.8/CD m/NN tall/JJ"), 2, 3, "NUMBER", "1800000.0");
    assertThat(figures(t))
        .extracting(Figure::text, Figure::value, Figure::unit, Figure::unitNormalized)
        .containsExactly(tuple("1.8 m", 1.8, "m", "metre"));
  }

  @Test
  void readsAnUntaggedAmountWithAGluedScale() {
    List<CoreLabel> t = tokens("Sales/NNS will/MD exceed/VB 25bn/NN ,/, the/DT firm/NN said/VBD");
    assertThat(figures(t))
        .extracting(Figure::text, Figure::value, Figure::qualifier)
        .containsExactly(tuple("exceed 25bn", 2.5e10, Qualifier.MORE_THAN));
  }
}
