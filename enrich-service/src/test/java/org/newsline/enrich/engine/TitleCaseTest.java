package org.newsline.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

  private static final String BODY =
      "In Odesa, recent events show that two hundred sailors refused orders. The escape was"
          + " planned, the crew said, and the mass refusal surprised officials in Odesa.";

  @Test
  void lowerCasesHeadlineWordsTheBodyWritesInLowerCase() {
    String title = "Two Hundred Sailors Refuse Orders in Mass Escape From Odesa";
    String recased = TitleCase.recase(title, BODY);
    assertThat(recased).isEqualTo("two hundred sailors refuse orders in mass escape from Odesa");
    assertThat(recased).hasSameSizeAs(title);
  }

  @Test
  void leavesSentenceCaseAndNameLinesAlone() {
    assertThat(TitleCase.recase("Sailors refuse orders in Odesa", BODY))
        .isEqualTo("Sailors refuse orders in Odesa");
    assertThat(TitleCase.recase("Maria Kovalenko / Pictura Agency", BODY))
        .isEqualTo("Maria Kovalenko / Pictura Agency");
  }
}
