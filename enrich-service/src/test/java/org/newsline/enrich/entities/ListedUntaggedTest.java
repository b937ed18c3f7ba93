package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Listed names the tagger left untagged, read on hand-tagged tokens from the first token. */
class ListedUntaggedTest {

  private static final NameRule RULE = new ListedUntagged(Gazetteer.load());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AP/NNP/O reported/VBD/O | AP ORGANIZATION",
        "Kyiv/NNP/O Independent/NNP/O said/VBD/O | Kyiv Independent ORGANIZATION",
        "US/NNP/O Secretary/NNP/O of/IN/O State/NNP/O | US LOCATION"
      })
  void readsAListedOrganisationOrAnUntaggedCountryAcronym(String tagged, String name) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).contains(name + " GAZETTEER");
  }

  @Test
  void readsTheLongestListedName() {
    assertThat(HandTagged.of("the/DT/O BBC/NNP/O News/NNP/O said/VBD/O").read(RULE, 1))
        .contains("BBC News ORGANIZATION GAZETTEER");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kyiv/NNP/O said/VBD/O",
        "AP/NNP/ORGANIZATION reported/VBD/O",
        "Kyiv/NNP/O Independent/NNP/LOCATION",
        "ap/NN/O reported/VBD/O",
        "Acme/NNP/O said/VBD/O"
      })
  void readsNoPlaceNameTaggedOrUnlistedName(String tagged) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).isEmpty();
  }
}
