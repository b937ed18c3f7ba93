package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The subtype hint for the first hand-tagged token, of its tagged type. */
class RegionHintsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kherson/NNP/LOCATION region/NN/O | STATE_OR_PROVINCE",
        "Kursk/NNP/LOCATION Oblast/NNP/O | STATE_OR_PROVINCE",
        "Kherson/NNP/ORGANIZATION region/NN/O | none",
        "Kherson/NNP/LOCATION city/NN/O | none",
        "Kherson/NNP/LOCATION | none"
      })
  void hintsARegionForAPlaceBeforeARegionWord(String tagged, String hint) {
    HandTagged sentence = HandTagged.of(tagged);
    EntityType type = EntityType.valueOf(sentence.tokens().get(0).ner());
    String got = RegionHints.hint(sentence.tokens(), new Candidate(0, 0, type, Evidence.TAGGER));
    assertThat(got == null ? "none" : got).isEqualTo(hint);
  }
}
