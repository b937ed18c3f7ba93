package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;
import org.newsline.model.FigureKind;

/** The unit-normalising stage on tokens built by hand, without CoreNLP's models. */
class NormalUnitsTest {

  private static CoreLabel token(String tagged) {
    return tokens(tagged).get(0);
  }

  @Test
  void namesACountByTheLowerCaseLemmaOfItsHeadNounWhateverItsCapitalOrNumber() {
    assertThat(NormalUnits.of(FigureKind.COUNT, "Sailors", token("Sailors/NNPS")))
        .isEqualTo("sailor");
    assertThat(NormalUnits.of(FigureKind.COUNT, "contract soldiers", token("soldiers/NNS")))
        .isEqualTo("soldier");
    assertThat(NormalUnits.of(FigureKind.COUNT, "men", token("men/NNS"))).isEqualTo("man");
    assertThat(NormalUnits.of(FigureKind.COUNT, "man", token("man/NN"))).isEqualTo("man");
    assertThat(NormalUnits.of(FigureKind.COUNT, "military personnel", token("personnel/NNS")))
        .isEqualTo("personnel");
    assertThat(NormalUnits.of(FigureKind.COUNT, "ferries", null)).isEqualTo("ferry");
  }

  @Test
  void namesAUnitOfMeasureOrTimeByItsCatalogueNameAlsoOverSeveralWords() {
    assertThat(NormalUnits.of(FigureKind.MEASURE, "Km", token("Km/NN"))).isEqualTo("kilometre");
    assertThat(NormalUnits.of(FigureKind.MEASURE, "ft", null)).isEqualTo("foot");
    assertThat(NormalUnits.of(FigureKind.MEASURE, "degrees f", token("f/NN")))
        .isEqualTo("fahrenheit");
    assertThat(NormalUnits.of(FigureKind.MEASURE, "degrees Celsius", token("Celsius/NNP")))
        .isEqualTo("celsius");
    assertThat(NormalUnits.of(FigureKind.COUNT, "percentage points", token("points/NNS")))
        .isEqualTo("percentage_point");
    assertThat(NormalUnits.of(FigureKind.COUNT, "basis points", token("points/NNS")))
        .isEqualTo("basis_point");
    assertThat(NormalUnits.of(FigureKind.MEASURE, "square miles", token("miles/NNS")))
        .isEqualTo("square_mile");
    assertThat(NormalUnits.of(FigureKind.MEASURE, "year", token("year/NN"))).isEqualTo("year");
    assertThat(NormalUnits.of(FigureKind.MEASURE, "tons", token("tons/NNS"))).isEqualTo("ton");
  }

  @Test
  void keepsTheCurrencyCodeAndNamesEveryPercentageAlike() {
    assertThat(NormalUnits.of(FigureKind.MONEY, "GBP", null)).isEqualTo("GBP");
    assertThat(NormalUnits.of(FigureKind.PERCENT, "percent", null)).isEqualTo("percent");
    assertThat(NormalUnits.of(FigureKind.COUNT, null, null)).isNull();
  }

  @Test
  void takesAScaleLetterForAUnitOnlyAfterADegree() {
    assertThat(NormalUnits.of(FigureKind.COUNT, "C", token("C/NNP"))).isEqualTo("c");
  }
}
