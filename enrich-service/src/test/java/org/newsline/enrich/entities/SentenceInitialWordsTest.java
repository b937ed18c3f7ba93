package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsline.model.EntityType;

/** The tagger's run over all the hand-tagged tokens, trimmed. */
class SentenceInitialWordsTest {

  private static final Adjustment RULE = new SentenceInitialWords();

  @Test
  void dropsACommonWordOpeningTheSentence() {
    assertThat(
            HandTagged.of(
                    "Leaked/VBN/ORGANIZATION Defense/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION")
                .trimmed(RULE, EntityType.ORGANIZATION))
        .isEqualTo("Defense Ministry");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Transport/NN/ORGANIZATION for/IN/ORGANIZATION London/NNP/ORGANIZATION",
        "New/NNP/LOCATION York/NNP/LOCATION",
        "1860/CD/ORGANIZATION Munich/NNP/ORGANIZATION",
        "US/JJ/ORGANIZATION Army/NNP/ORGANIZATION",
        "Leaked/VBN/ORGANIZATION"
      })
  void keepsAProperNounNumberAcronymConnectedWordOrWholeName(String tagged) {
    HandTagged sentence = HandTagged.of(tagged);
    assertThat(sentence.trimmed(RULE, EntityType.ORGANIZATION)).isEqualTo(sentence.text());
  }

  @Test
  void keepsAPersonsFirstNameTheTaggerCalledAnAdjective() {
    assertThat(
            HandTagged.of("Andreas/JJ/PERSON Seelig/NNP/PERSON").trimmed(RULE, EntityType.PERSON))
        .isEqualTo("Andreas Seelig");
  }

  @Test
  void keepsTheFirstWordOfANameReadFromContextOrInsideTheSentence() {
    HandTagged sentence = HandTagged.of("Leaked/VBN/O Defense/NNP/O Council/NNP/O");
    assertThat(
            sentence.adjusted(RULE, new Candidate(0, 2, EntityType.ORGANIZATION, Evidence.CONTEXT)))
        .isEqualTo("Leaked Defense Council ORGANIZATION CONTEXT");
    assertThat(
            HandTagged.of("the/DT/O Leaked/VBN/ORGANIZATION Papers/NNP/ORGANIZATION")
                .adjusted(RULE, 1, 2, EntityType.ORGANIZATION))
        .isEqualTo("Leaked Papers ORGANIZATION TAGGER");
  }
}
