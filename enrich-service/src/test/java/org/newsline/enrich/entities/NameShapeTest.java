package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** Whether all the hand-tagged tokens, of the given type, look like a name. */
class NameShapeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kremlin/NNP/LOCATION | LOCATION | true",
        "US/PRP/LOCATION | LOCATION | true",
        "1860/CD/ORGANIZATION Munich/NNP/ORGANIZATION | ORGANIZATION | true",
        "He/PRP/PERSON said/VBD/PERSON | PERSON | true",
        "escape/NN/PERSON | PERSON | false",
        "the/DT/ORGANIZATION mass/NN/ORGANIZATION | ORGANIZATION | false",
        "He/PRP/PERSON | PERSON | false",
        "Who/WP/PERSON | PERSON | false",
        "US/PRP/PERSON | PERSON | false",
        "Everyone/NN/PERSON | PERSON | false",
        "X/NNP/PERSON | PERSON | false"
      })
  void acceptsCapitalisedNamesButNoPronounOrLowerCaseSlip(
      String tagged, EntityType type, boolean fits) {
    HandTagged sentence = HandTagged.of(tagged);
    Candidate all = new Candidate(0, sentence.tokens().size() - 1, type, Evidence.TAGGER);
    assertThat(NameShape.fits(sentence.tokens(), all, sentence.text())).isEqualTo(fits);
  }
}
