package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.newsline.model.Entity;
import org.newsline.model.EntityType;
import org.newsline.model.Field;
import org.newsline.model.Mention;

/** Acronyms joined with the names they abbreviate in one article, on hand-tagged tokens. */
class AcronymPairingTest {

  private static EntityCollector collect(String... sentences) {
    EntityCollector collector = new EntityCollector(Gazetteer.load());
    HandTagged article = HandTagged.of(String.join(" ", sentences));
    collector.add(article.tokens(), Field.BODY, article.text());
    return collector;
  }

  @Test
  void anAcronymInBracketsAfterItsNameIsThatEntityUnderTheName() {
    var entities =
        collect(
                "Fighters/NNS/O of/IN/O the/DT/O Bosnian/NNP/ORGANIZATION Serb/NNP/ORGANIZATION",
                "Republican/NNP/ORGANIZATION Army/NNP/ORGANIZATION (/-LRB-/O BSA/NNP/MISC )/-RRB-/O",
                "left/VBD/O ,/,/O and/CC/O BSA/NNP/MISC officers/NNS/O said/VBD/O so/RB/O ././O")
            .entities();

    assertThat(entities)
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(tuple("Bosnian Serb Republican Army", EntityType.ORGANIZATION, 3));
    assertThat(entities.get(0).mentions())
        .extracting(Mention::text)
        .containsExactly("Bosnian Serb Republican Army", "BSA", "BSA");
  }

  @Test
  void aNameInBracketsAfterItsAcronymIsOneEntityToo() {
    assertThat(
            collect(
                    "BSA/NNP/MISC (/-LRB-/O Bosnian/NNP/ORGANIZATION Serb/NNP/ORGANIZATION",
                    "Republican/NNP/ORGANIZATION Army/NNP/ORGANIZATION )/-RRB-/O left/VBD/O ././O")
                .entities())
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(tuple("Bosnian Serb Republican Army", EntityType.ORGANIZATION, 2));
  }

  @Test
  void anAcronymOfTheInitialsOfANameOfItsTypeJoinsItWithoutBrackets() {
    assertThat(
            collect(
                    "The/DT/O Federal/NNP/ORGANIZATION Bureau/NNP/ORGANIZATION of/IN/ORGANIZATION",
                    "Investigation/NNP/ORGANIZATION opened/VBD/O a/DT/O case/NN/O ././O",
                    "The/DT/O FBI/NNP/ORGANIZATION declined/VBD/O to/TO/O comment/VB/O ././O")
                .entities())
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(tuple("Federal Bureau of Investigation", EntityType.ORGANIZATION, 2));
  }

  @Test
  void leavesAnAcronymApartFromANameOfAnotherTypeOrInitialsUnlessWrittenBesideIt() {
    assertThat(
            collect(
                    "Federal/NNP/ORGANIZATION Bureau/NNP/ORGANIZATION of/IN/ORGANIZATION",
                    "Investigation/NNP/ORGANIZATION agents/NNS/O flew/VBD/O to/TO/O",
                    "FBI/NNP/LOCATION ././O The/DT/O European/NNP/ORGANIZATION",
                    "Commission/NNP/ORGANIZATION and/CC/O the/DT/O EU/NNP/ORGANIZATION met/VBD/O ././O")
                .entities())
        .extracting(Entity::name)
        .containsExactly("Federal Bureau of Investigation", "FBI", "European Commission", "EU");
  }

  @Test
  void aCountryCodeInBracketsAfterAPersonStaysACountry() {
    assertThat(
            collect(
                    "1/CD/O ././O Jan/NNP/PERSON Ullrich/NNP/PERSON (/-LRB-/O GER/NNP/LOCATION",
                    ")/-RRB-/O 2/CD/O ././O Gianni/NNP/PERSON Bugno/NNP/PERSON (/-LRB-/O",
                    "GB/NNP/LOCATION )/-RRB-/O")
                .entities())
        .extracting(Entity::name, Entity::type)
        .containsExactly(
            tuple("Jan Ullrich", EntityType.PERSON),
            tuple("GER", EntityType.LOCATION),
            tuple("Gianni Bugno", EntityType.PERSON),
            tuple("GB", EntityType.LOCATION));
  }
}
