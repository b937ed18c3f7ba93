package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Listed organisations the tagger split, read on hand-tagged tokens from the first token. */
class ListedAcrossTagsTest {

  private static final NameRule RULE = new ListedAcrossTags(Gazetteer.load());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "RFE/NNP/ORGANIZATION ~//HYPH/O ~RL/NNP/LOCATION ~’s/POS/O | RFE/RL",
        "BBC/NNP/ORGANIZATION News/NNP/O said/VBD/O | BBC News",
        "Kyiv/NNP/LOCATION Independent/NNP/O reported/VBD/O | Kyiv Independent"
      })
  void readsAListedOrganisationTheTaggerTypedInPartsAsOne(String tagged, String name) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).contains(name + " ORGANIZATION GAZETTEER");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BBC/NNP/ORGANIZATION News/NNP/ORGANIZATION said/VBD/O",
        "BBC/NNP/O News/NNP/ORGANIZATION Online/NNP/ORGANIZATION",
        "BBC/NNP/O News/NNP/O said/VBD/O",
        "bbc/NN/O News/NNP/ORGANIZATION",
        "New/NNP/LOCATION York/NNP/O",
        "BBC/NNP/ORGANIZATION"
      })
  void leavesOneRunARunOnAnUntaggedNameAndPlacesToOtherRules(String tagged) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).isEmpty();
  }
}
