package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The tagger's run over all the hand-tagged tokens, trimmed. */
class TrailingWordsTest {

  private static final Adjustment RULE = new TrailingWords();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia/NNP/LOCATION ~’s/POS/LOCATION | Russia",
        "Jones/NNP/LOCATION ~’/POS/LOCATION | Jones",
        "BBC/NNP/LOCATION ,/,/LOCATION | BBC",
        "Wales/NNP/LOCATION )/-RRB-/LOCATION | Wales",
        "Buducnost/NNP/LOCATION (/-LRB-/LOCATION V/NNP/LOCATION )/-RRB-/LOCATION"
            + " | Buducnost ( V )",
        "Bosnia/NNP/LOCATION [/-LSB-/LOCATION V/NNP/LOCATION ]/-RSB-/LOCATION" + " | Bosnia [ V ]",
        "Bosnia/NNP/LOCATION (/-LRB-/LOCATION V/NNP/LOCATION ]/-RSB-/LOCATION | Bosnia ( V",
        "St./NNP/LOCATION Louis/NNP/LOCATION | St. Louis"
      })
  void dropsPossessivesAndPunctuationButABracketOpenedInside(String tagged, String name) {
    assertThat(HandTagged.of(tagged).trimmed(RULE, EntityType.LOCATION)).isEqualTo(name);
  }

  @Test
  void dropsAStraightPossessiveAndLeavesNothingOfAPossessiveAlone() {
    assertThat(HandTagged.of("Russia/NNP/LOCATION ~'s/POS/O").trimmed(RULE, EntityType.LOCATION))
        .isEqualTo("Russia");
    assertThat(HandTagged.of("'s/POS/LOCATION").trimmed(RULE, EntityType.LOCATION)).isEmpty();
  }
}
