package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The tagger's organisation from token 1 to the end, hand-tagged, adjusted. */
class LeftOutFirstWordsTest {

  private static final Adjustment RULE = new LeftOutFirstWords();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Transport/NN/O for/IN/ORGANIZATION London/NNP/ORGANIZATION | Transport for London",
        "Transport/VB/O for/IN/ORGANIZATION London/NNP/ORGANIZATION | Transport for London",
        "Bank/NNP/O of/IN/ORGANIZATION Russia/NNP/ORGANIZATION | Bank of Russia",
        "transport/NN/O for/IN/ORGANIZATION London/NNP/ORGANIZATION | for London",
        "Freedom/NNP/MISC for/IN/ORGANIZATION Chechnya/NNP/ORGANIZATION | for Chechnya",
        "Fares/NNS/O in/IN/ORGANIZATION London/NNP/ORGANIZATION | in London",
        "Bank/NNP/O Russia/NNP/ORGANIZATION | Russia"
      })
  void takesInAnUntaggedCapitalisedNounBeforeAConnector(String tagged, String name) {
    HandTagged sentence = HandTagged.of(tagged);
    int last = sentence.tokens().size() - 1;
    assertThat(sentence.adjusted(RULE, 1, last, EntityType.ORGANIZATION))
        .isEqualTo(name + " ORGANIZATION TAGGER");
  }

  @Test
  void takesInNoVerbInsideTheSentence() {
    HandTagged sentence =
        HandTagged.of("He/PRP/O Meeting/VBG/O for/IN/ORGANIZATION Sarajevo/NNP/ORGANIZATION");
    assertThat(sentence.adjusted(RULE, 2, 3, EntityType.ORGANIZATION))
        .isEqualTo("for Sarajevo ORGANIZATION TAGGER");
  }
}
