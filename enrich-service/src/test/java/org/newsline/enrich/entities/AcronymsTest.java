package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTest {

  @ParameterizedTest
  @CsvSource({"EU, true", "U.N., true", "NATO, true", "G7, false", "Eu, false", "A, false"})
  void anAcronymIsTwoOrMoreCapitalLetters(String text, boolean acronym) {
    assertThat(Acronyms.isAcronym(text)).isEqualTo(acronym);
  }

  @ParameterizedTest
  @CsvSource({
    "EU, European Union, true",
    "FBI, Federal Bureau of Investigation, true",
    "OECD, Organisation for Economic Co-operation and Development, true",
    "FIFA, Federation Internationale de Football Association, true",
    "KAWC, Kuban Anti-War Committee, true",
    "EU, European Commission, false",
    "UN, United Nations Security Council, false",
    "L, Labour, false",
    "IOC, International Olympic, false"
  })
  void anAcronymSpellsTheInitialsOfEveryWordItCannotLeaveOut(
      String acronym, String name, boolean spells) {
    assertThat(Acronyms.spells(acronym, name)).isEqualTo(spells);
  }

  @ParameterizedTest
  @CsvSource({
    "BSA, Bosnian Serb Republican Army, true",
    "EU, European Union, true",
    "GER, Jan Ullrich, false",
    "SA, Bosnian Serb Army, false"
  })
  void anAcronymWrittenBesideANameNeedsOnlyItsInitialsInOrderFromTheFirst(
      String acronym, String name, boolean abbreviates) {
    assertThat(Acronyms.mayAbbreviate(acronym, name)).isEqualTo(abbreviates);
  }
}
