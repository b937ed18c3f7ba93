package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.EntityType;

/** The built-in alias list, {@code aliases.tsv}. */
class AliasesTest {

  private static final Aliases ALIASES = Aliases.builtIn();

  @ParameterizedTest
  @CsvSource({
    "EU, ORGANIZATION, European Union",
    "E.U., ORGANIZATION, European Union",
    "european union, ORGANIZATION, European Union",
    "Nato, ORGANIZATION, North Atlantic Treaty Organization",
    "U.N., ORGANIZATION, United Nations",
    "Labour, ORGANIZATION, Labour Party",
    "Tories, ORGANIZATION, Conservative Party",
    "USA, LOCATION, United States",
    "U.S., LOCATION, United States",
    "Britain, LOCATION, United Kingdom",
    "Russian Federation, LOCATION, Russia"
  })
  void givesAListedNameItsCanonicalNameAsThatType(String name, EntityType type, String canonical) {
    assertThat(ALIASES.canonical(name, type)).contains(canonical);
  }

  @ParameterizedTest
  @CsvSource({
    "Labour, PERSON",
    "EU, LOCATION",
    "US, ORGANIZATION",
    "European Commission, ORGANIZATION",
    "Labor, ORGANIZATION"
  })
  void leavesANameUnlistedAsItsTypeWithoutOne(String name, EntityType type) {
    assertThat(ALIASES.canonical(name, type)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void refusesAListThatGivesOneNameTwoCanonicalNames() {
    assertThatThrownBy(() -> Aliases.read("conflicting-aliases.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("eu listed for European Union and European Commission");
  }
}
