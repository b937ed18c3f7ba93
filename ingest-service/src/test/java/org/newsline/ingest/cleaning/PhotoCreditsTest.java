package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoCreditsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mara Quist / Tidewater Images / Northlight",
        "Photo: Jonas Berg",
        "Image source, Harbour Authority",
        "© Coast Gazette 2025",
        "Photograph by Lena Holt",
        "Fishermen at the quay. Getty Images"
      })
  void recognisesCredits(String line) {
    assertThat(PhotoCredits.isCredit(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The photo showed the quay under water, residents said.",
        "Input / output costs rose sharply in the second quarter of the year, the port said.",
        "Harbour reopens"
      })
  void leavesOrdinaryLines(String line) {
    assertThat(PhotoCredits.isCredit(line)).isFalse();
  }
}
