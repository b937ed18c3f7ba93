package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The type the gazetteer gives the name of token 1 of "in NAME", read as the given type. */
class ListedTypesTest {

  private static final TypeRule RULE = new ListedTypes(Gazetteer.load());

  private static String typed(String name, EntityType type, Evidence evidence) {
    return HandTagged.of("in/IN/O " + name + "/NNP/" + type)
        .typed(RULE, new Candidate(1, 1, type, evidence))
        .orElse("none");
  }

  @ParameterizedTest
  @CsvSource({
    "Cardiff, LOCATION, TAGGER, Cardiff LOCATION LISTED",
    "AP, ORGANIZATION, GAZETTEER, AP ORGANIZATION GAZETTEER",
    "Cardiff, MISC, TAGGER, Cardiff LOCATION GAZETTEER",
    "Cardiff, ORGANIZATION, CONTEXT, Cardiff LOCATION GAZETTEER",
    "BBC, PERSON, TAGGER, BBC ORGANIZATION GAZETTEER",
    "Cardiff, ORGANIZATION, TAGGER, none",
    "Cardiff, PERSON, TAGGER, none",
    "Acme, PERSON, TAGGER, none"
  })
  void confirmsOrReplacesATypeButNotTheTaggersPersonOrOrganisationWithAPlace(
      String name, EntityType type, Evidence evidence, String typed) {
    assertThat(typed(name, type, evidence)).isEqualTo(typed);
  }
}
