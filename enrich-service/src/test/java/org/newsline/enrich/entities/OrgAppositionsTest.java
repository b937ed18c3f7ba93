package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsline.model.EntityType;

/** The type an apposition after the first hand-tagged token, a person's name, gives it. */
class OrgAppositionsTest {

  private static final TypeRule RULE = new OrgAppositions();

  private static String typed(String tagged) {
    return HandTagged.of(tagged)
        .typed(RULE, new Candidate(0, 0, EntityType.PERSON, Evidence.TAGGER))
        .orElse("none");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Memorial/NNP/PERSON ,/,/O a/DT/O rights/NNS/O group/NN/O that/WDT/O",
        "Meduza/NNP/PERSON ,/,/O an/DT/O independent/JJ/O news/NN/O outlet/NN/O ././O",
        "Meduza/NNP/PERSON ,/,/O the/DT/O outlet/NN/O"
      })
  void makesANameAnOrganisationWhenAnOrganisationNounHeadsItsApposition(String tagged) {
    assertThat(typed(tagged)).endsWith(" ORGANIZATION CONTEXT");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tianjin/NNP/PERSON ,/,/O the/DT/O newspaper/NN/O said/VBD/O",
        "Perot/NNP/PERSON ,/,/O the/DT/O Reform/NNP/O Party/NNP/O candidate/NN/O",
        "Perot/NNP/PERSON ,/,/O the/DT/O party/NN/O will/MD/O",
        "Perot/NNP/PERSON ,/,/O a/DT/O big/JJ/O old/JJ/O rights/NNS/O group/NN/O",
        "Perot/NNP/PERSON ,/,/O a/DT/O rich/JJ/O and/CC/O famous/JJ/O group/NN/O",
        "Perot/NNP/PERSON ,/,/O who/WP/O founded/VBD/O a/DT/O party/NN/O",
        "Perot/NNP/PERSON a/DT/O party/NN/O"
      })
  void readsNoOrganisationFromAModifierAClauseOrAnotherPhrase(String tagged) {
    assertThat(typed(tagged)).isEqualTo("none");
  }
}
