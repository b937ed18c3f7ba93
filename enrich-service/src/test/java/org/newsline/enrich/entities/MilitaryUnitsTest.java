package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbered formations read on hand-tagged tokens, from the first token. */
class MilitaryUnitsTest {

  private static final NameRule RULE = new MilitaryUnits();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "64th/JJ/ORDINAL Brigade/NNP/O said/VBD/O | 64th Brigade",
        "1st/JJ/ORDINAL Guards/NNP/O Tank/NNP/O Army/NNP/O | 1st Guards Tank Army",
        "Third/NNP/ORDINAL Army/NNP/ORGANIZATION | Third Army",
        "7th/CD/ORGANIZATION Fleet/NNP/ORGANIZATION | 7th Fleet",
        "2nd/JJ/ORDINAL Army/NNP/O Corps/NNP/O was/VBD/O | 2nd Army Corps"
      })
  void readsAnOrdinalAndACapitalisedUnitAsAnOrganisation(String tagged, String name) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).contains(name + " ORGANIZATION CONTEXT");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "41st/JJ/ORDINAL brigade/NN/O",
        "64th/JJ/ORDINAL Ivan/NNP/PERSON Brigade/NNP/O",
        "3rd/JJ/ORDINAL Kharkiv/NNP/LOCATION Brigade/NNP/O",
        "1st/JJ/ORDINAL Guards/NNP/O Tank/NNP/O Elite/NNP/O Mobile/NNP/O Army/NNP/O",
        "Brigade/NNP/O 64/CD/NUMBER",
        "4th/JJ/ORDINAL"
      })
  void readsNoFormationInADescriptionOrAcrossAName(String tagged) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).isEmpty();
  }
}
