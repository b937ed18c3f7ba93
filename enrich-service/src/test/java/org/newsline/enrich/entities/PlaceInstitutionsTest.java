package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The tagger's first-token run of the given type, hand-tagged, adjusted. */
class PlaceInstitutionsTest {

  private static final Adjustment RULE = new PlaceInstitutions();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UK/NNP/LOCATION Sport/NNP/LOCATION said/VBD/O | 2 | UK Sport ORGANIZATION CONTEXT",
        "Moscow/NNP/LOCATION City/NNP/O Court/NNP/O | 1 | Moscow City Court ORGANIZATION CONTEXT",
        "Kharkiv/NNP/LOCATION Police/NNP/O said/VBD/O | 1 | Kharkiv Police ORGANIZATION CONTEXT",
        "West/NNP/LOCATION Bank/NNP/LOCATION | 2 | West Bank LOCATION TAGGER",
        "Kharkiv/NNP/LOCATION residents/NNS/O Court/NNP/O | 1 | Kharkiv LOCATION TAGGER",
        "Moscow/NNP/LOCATION Putin/NNP/PERSON Court/NNP/O | 1 | Moscow LOCATION TAGGER",
        "Moscow/NNP/LOCATION Big/NNP/O City/NNP/O Court/NNP/O | 1 | Moscow LOCATION TAGGER"
      })
  void makesAPlaceEndingInAnInstitutionNounAnOrganisation(String tagged, int run, String name) {
    assertThat(HandTagged.of(tagged).adjusted(RULE, 0, run - 1, EntityType.LOCATION))
        .isEqualTo(name);
  }

  @Test
  void leavesAPersonNamedLikeAnInstitution() {
    assertThat(
            HandTagged.of("Margaret/NNP/PERSON Court/NNP/PERSON")
                .adjusted(RULE, 0, 1, EntityType.PERSON))
        .isEqualTo("Margaret Court PERSON TAGGER");
  }
}
