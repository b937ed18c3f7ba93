package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The tagger's run over all the hand-tagged tokens but a sentence's first word, trimmed. */
class LeadingWordsTest {

  private static final Adjustment RULE = new LeadingWords();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the/DT/LOCATION Kremlin/NNP/LOCATION | LOCATION | Kremlin",
        "The/DT/LOCATION Hague/NNP/LOCATION | LOCATION | The Hague",
        "for/IN/ORGANIZATION London/NNP/ORGANIZATION | ORGANIZATION | London",
        "(/-LRB-/ORGANIZATION BBC/NNP/ORGANIZATION | ORGANIZATION | BBC",
        "de/FW/PERSON Silva/NNP/PERSON | PERSON | de Silva",
        "de/FW/PERSON | PERSON | ''",
        "President/NNP/PERSON Clinton/NNP/PERSON | PERSON | Clinton",
        "Lt./NNP/PERSON Col./NNP/PERSON Smith/NNP/PERSON | PERSON | Smith",
        "the/DT/PERSON President/NNP/PERSON Clinton/NNP/PERSON | PERSON | Clinton",
        "King/NNP/PERSON | PERSON | King",
        "President/NNP/ORGANIZATION Hotel/NNP/ORGANIZATION | ORGANIZATION | President Hotel"
      })
  void dropsArticlesConnectorsPunctuationAndAPersonsTitles(
      String tagged, EntityType type, String name) {
    // a word before the run, so that its first word is not the sentence's first
    HandTagged sentence = HandTagged.of("at/IN/O " + tagged);
    String expected = name.isEmpty() ? "" : name + " " + type + " TAGGER";
    assertThat(sentence.adjusted(RULE, 1, sentence.tokens().size() - 1, type)).isEqualTo(expected);
  }

  @Test
  void dropsACapitalisedTheThatOpensTheSentence() {
    assertThat(
            HandTagged.of("The/DT/ORGANIZATION Times/NNP/ORGANIZATION")
                .trimmed(RULE, EntityType.ORGANIZATION))
        .isEqualTo("Times");
  }
}
