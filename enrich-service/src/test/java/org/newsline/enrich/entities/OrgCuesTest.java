package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The type a cue before the last hand-tagged token gives it, read as the given type. */
class OrgCuesTest {

  private static final TypeRule RULE = new OrgCues();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the/DT/O group/NN/O Vorota/NNP/PERSON | PERSON | Vorota ORGANIZATION CONTEXT",
        "Telegram/NNP/O Channel/NN/O Vorota/NNP/MISC | MISC | Vorota ORGANIZATION CONTEXT",
        "the/DT/O site/NN/O Kyiv/NNP/LOCATION | LOCATION | none",
        "the/DT/O singer/NN/O Vorota/NNP/PERSON | PERSON | none",
        "Vorota/NNP/PERSON | PERSON | none"
      })
  void makesANameAfterAnOrganisationNounAnOrganisation(
      String tagged, EntityType type, String typed) {
    HandTagged sentence = HandTagged.of(tagged);
    int last = sentence.tokens().size() - 1;
    assertThat(
            sentence.typed(RULE, new Candidate(last, last, type, Evidence.TAGGER)).orElse("none"))
        .isEqualTo(typed);
  }
}
