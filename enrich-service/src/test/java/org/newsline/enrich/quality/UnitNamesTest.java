package org.newsline.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scorer's canonical units for the annotated side. */
class UnitNamesTest {

  @Test
  void namesACountedNounByItsSingularAlsoForIrregularPlurals() {
    assertThat(UnitNames.canonical("three unidentified men", false)).isEqualTo("man");
    assertThat(UnitNames.canonical("people", false)).isEqualTo("person");
    assertThat(UnitNames.canonical("contract soldiers", false)).isEqualTo("soldier");
    assertThat(UnitNames.canonical("dollars", true)).isEqualTo("USD");
  }
}
