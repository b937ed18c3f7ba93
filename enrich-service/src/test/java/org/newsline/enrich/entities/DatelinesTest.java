package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;
import org.newsline.model.Field;

/** Whether the name at the given hand-tagged tokens opens a dateline ("^" starts a new line). */
class DatelinesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NICE/NNP/ORGANIZATION ,/,/O France/NNP/LOCATION 1996-08-30/CD/DATE | 0 | true",
        "MILAN/NNP/LOCATION 1996-08-30/CD/DATE ^Lentini/NNP/PERSON joined/VBD/O | 0 | true",
        "SOCCER/NN/O ././O ^SAN/NNP/ORGANIZATION MARINO/NNP/ORGANIZATION 1996-08-31/CD/DATE"
            + " | 2-3 | true",
        "NEW/NNP/LOCATION YORK/NNP/LOCATION ,/,/O N.Y./NNP/LOCATION Aug/NNP/DATE 30/CD/DATE"
            + " | 0-1 | true",
        "Milan/NNP/ORGANIZATION won/VBD/O on/IN/O Saturday/NNP/DATE | 0 | false",
        "Milan/NNP/ORGANIZATION Saturday/NNP/DATE beat/VBD/O Roma/NNP/ORGANIZATION | 0 | false",
        "Milan/NNP/ORGANIZATION | 0 | false",
        "in/IN/O Milan/NNP/LOCATION 1996-08-30/CD/DATE | 1 | false",
        "MILAN/NNP/LOCATION ^1996-08-30/CD/DATE | 0 | false",
        "NICE/NNP/ORGANIZATION ,/,/O 1996-08-30/CD/DATE | 0 | false",
        "NICE/NNP/ORGANIZATION ,/,/O ^France/NNP/LOCATION 1996-08-30/CD/DATE | 0 | false"
      })
  void readsAPlaceAndADateAloneOnTheirLineAsADateline(String tagged, String at, boolean opens) {
    HandTagged h = HandTagged.of(tagged);
    String[] range = at.split("-");
    int first = Integer.parseInt(range[0]);
    int last = Integer.parseInt(range[range.length - 1]);
    Candidate c = new Candidate(first, last, EntityType.ORGANIZATION, Evidence.TAGGER);
    assertThat(Datelines.opens(new TaggedSentence(h.tokens(), Field.BODY, h.text()), c))
        .isEqualTo(opens);
  }
}
