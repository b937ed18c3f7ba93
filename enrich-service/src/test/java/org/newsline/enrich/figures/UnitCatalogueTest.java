package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unit catalogue resource, without CoreNLP. */
class UnitCatalogueTest {

  @Test
  void namesEachWrittenFormWithItsCanonicalUnitAndDimension() {
    assertThat(UnitCatalogue.of("Km")).isEqualTo(new UnitCatalogue.Unit("kilometre", "length"));
    assertThat(UnitCatalogue.of("celcius").canonical()).isEqualTo("celsius");
    assertThat(UnitCatalogue.of("minutes").isTime()).isTrue();
    assertThat(UnitCatalogue.of("deg").isDegree()).isTrue();
    assertThat(UnitCatalogue.of("soldiers")).isNull();
  }

  @Test
  void takesAScaleLetterOnlyAsAUnitAfterADegree() {
    assertThat(UnitCatalogue.of("f").isScaleLetter()).isTrue();
    assertThat(Units.isMeasureUnit("f")).isFalse();
    assertThat(Units.startsWithUnit("degrees f")).isTrue();
  }
}
