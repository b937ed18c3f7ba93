package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Untagged institutions read on hand-tagged tokens from the first token. */
class UntaggedInstitutionsTest {

  private static final NameRule RULE = new UntaggedInstitutions();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kyiv/NNP/O Police/NNP/O said/VBD/O | Kyiv Police",
        "Supreme/NNP/O Court/NNP/O ruled/VBD/O | Supreme Court",
        "Moscow/NNP/O City/NNP/O Duma/NNP/O Police/NNP/O | Moscow City Duma"
      })
  void readsCapitalisedProperNounsEndingInAnInstitutionNoun(String tagged, String name) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).contains(name + " ORGANIZATION CONTEXT");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Court/NNP/O ruled/VBD/O",
        "Kyiv/NNP/LOCATION Police/NNP/O",
        "the/DT/O Supreme/NNP/O Court/NNP/O",
        "Supreme/JJ/O Court/NNP/O",
        "Big/NNP/O Old/NNP/O Grand/NNP/O City/NNP/O Court/NNP/O"
      })
  void readsNoInstitutionAloneTaggedOrPastFourWords(String tagged) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).isEmpty();
  }
}
