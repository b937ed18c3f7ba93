package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The type a plural verb gives the hand-tagged token at the given position, of its tagged type. */
class CollectiveVerbsTest {

  private static final TypeRule RULE = new CollectiveVerbs();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Chelsea/NNP/ORGANIZATION have/VBP/O sacked/VBN/O | 0 | ORGANIZATION CONTEXT",
        "``/``/O Nokia/NNP/PERSON are/VBP/O | 1 | ORGANIZATION CONTEXT",
        "but/CC/O Nokia/NNP/PERSON are/VBP/O | 1 | ORGANIZATION CONTEXT",
        "Putin/NNP/PERSON and/CC/O Xi/NNP/PERSON have/VBP/O | 2 | none",
        "to/TO/O Hendrix/NNP/PERSON are/VBP/O | 1 | none",
        "Kent/NNP/LOCATION have/VBP/O | 0 | none",
        "Chelsea/NNP/ORGANIZATION has/VBZ/O | 0 | none",
        "Chelsea/NNP/ORGANIZATION sack/VBP/O | 0 | none",
        "Wasps/NNPS/ORGANIZATION have/VBP/O | 0 | none",
        "Chelsea/NNP/ORGANIZATION | 0 | none"
      })
  void makesASubjectBeforeAPluralVerbACollective(String tagged, int at, String typed) {
    HandTagged sentence = HandTagged.of(tagged);
    EntityType type = EntityType.valueOf(sentence.tokens().get(at).ner());
    String got = sentence.typed(RULE, new Candidate(at, at, type, Evidence.TAGGER)).orElse("none");
    assertThat(got)
        .isEqualTo(typed.equals("none") ? "none" : sentence.tokens().get(at).word() + " " + typed);
  }
}
