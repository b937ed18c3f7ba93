package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The tagger's runs, read on hand-tagged tokens from the first token. */
class TaggedRunsTest {

  private static final NameRule RULE = new TaggedRuns();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "New/NNP/LOCATION York/NNP/LOCATION said/VBD/O | New York LOCATION TAGGER",
        "RFE/NNP/ORGANIZATION ~//HYPH/ORGANIZATION ~RL/NNP/O said/VBD/O | RFE/RL ORGANIZATION TAGGER",
        "RFE/NNP/ORGANIZATION ~//HYPH/O ~RL/NNP/O said/VBD/O | RFE/RL ORGANIZATION TAGGER",
        "AP/NNP/O ~//HYPH/O ~NORC/NNP/ORGANIZATION poll/NN/O | AP/NORC ORGANIZATION TAGGER",
        "Pivovarov/NNP/PERSON //HYPH/PERSON Sputnik/NNP/PERSON | Pivovarov PERSON TAGGER",
        "Pivovarov/NNP/PERSON •/SYM/PERSON Sputnik/NNP/PERSON | Pivovarov PERSON TAGGER",
        "US/NNP/LOCATION ~//HYPH/O ~NATO/NNP/ORGANIZATION | US LOCATION TAGGER",
        "Moscow/NNP/LOCATION City/NNP/O Court/NNP/O ruled/VBD/O"
            + " | Moscow City Court ORGANIZATION CONTEXT"
      })
  void readsTheTaggersRunThroughJoinedAcronymsToItsEnd(String tagged, String name) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).contains(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"said/VBD/O", "AP/NNP/O ~//HYPH/O ~NORC/NNP/O", "4/CD/NUMBER"})
  void readsNothingWhereTheTaggerFoundNoName(String tagged) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).isEmpty();
  }

  @Test
  void takesInTheFirstWordTheTaggerLeftOut() {
    assertThat(
            HandTagged.of("Transport/NN/O for/IN/ORGANIZATION London/NNP/ORGANIZATION said/VBD/O")
                .read(RULE, 1))
        .contains("Transport for London ORGANIZATION TAGGER");
  }
}
