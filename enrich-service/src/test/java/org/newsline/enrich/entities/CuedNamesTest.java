package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The tagger's run over all the hand-tagged tokens, trimmed. */
class CuedNamesTest {

  private static final Adjustment RULE = new CuedNames();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Telegram/NNP/O channel/NN/O Vorota/NNP/O | Vorota",
        "the/DT/O news/NN/O site/NN/O Meduza/NNP/O | Meduza",
        "channel/NN/O Vorota/NNP/O | channel Vorota",
        "Vorota/NNP/O channel/NN/O | Vorota channel",
        "Discovery/NNP/O Channel/NNP/O Europe/NNP/O | Discovery Channel Europe"
      })
  void startsTheNameAfterACueNounInsideTheRun(String tagged, String name) {
    assertThat(HandTagged.of(tagged).trimmed(RULE, EntityType.ORGANIZATION)).isEqualTo(name);
  }
}
