package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Offices named after their holders, read on hand-tagged tokens from the first token. */
class NamedOfficesTest {

  private static final NameRule RULE = new NamedOffices();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Prosecutor/NNP/O 's/POS/O Office/NNP/O said/VBD/O | Prosecutor 's Office",
        "Prosecutor/NNP/O General/NNP/O 's/POS/O Office/NNP/O | Prosecutor General 's Office",
        "Office/NNP/O of/IN/O the/DT/O Ombudsman/NNP/O said/VBD/O | Office of the Ombudsman",
        "Office/NNP/O of/IN/O Fair/NNP/O Trading/NNP/O | Office of Fair Trading"
      })
  void readsAnOfficeNamedAfterItsHolderAsAnOrganisation(String tagged, String name) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).contains(name + " ORGANIZATION CONTEXT");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Smith/NNP/PERSON 's/POS/O Office/NNP/O",
        "prosecutor/NN/O 's/POS/O Office/NNP/O",
        "Office/NNP/O of/IN/O the/DT/O",
        "Office/NNP/O hours/NNS/O",
        "Home/NNP/O Office/NNP/O",
        "Big/NNP/O Old/NNP/O Grand/NNP/O Prosecutor/NNP/O 's/POS/O Office/NNP/O"
      })
  void readsNoOfficeOfAPersonOrWithoutItsHolder(String tagged) {
    assertThat(HandTagged.of(tagged).read(RULE, 0)).isEmpty();
  }
}
