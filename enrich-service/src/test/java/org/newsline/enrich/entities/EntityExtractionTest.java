package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.SharedEngine;
import org.newsline.model.Entity;
import org.newsline.model.EntityType;
import org.newsline.model.Field;
import org.newsline.model.Mention;
import org.newsline.model.RawArticle;

/** Entities through the real engine, over the project's own sentences. */
class EntityExtractionTest {

  private static List<Entity> entities(RawArticle raw) {
    List<Entity> entities = SharedEngine.get().enrich(raw).entities();
    for (Entity e : entities) {
      assertThat(e.count()).isEqualTo(e.mentions().size());
      for (Mention m : e.mentions()) {
        String field = m.field() == Field.TITLE ? raw.title() : raw.body();
        assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    return entities;
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + entities));
  }

  @Test
  void mergesSurnameCapitalsAndFullNameIntoOneEntityCountingTheTitle() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "Putin meets governors",
                "President Vladimir Putin spoke in Moscow on Monday. PUTIN then left, and"
                    + " aides said Putin would return."));
    Entity putin = named(entities, "Vladimir Putin");
    assertThat(putin.type()).isEqualTo(EntityType.PERSON);
    assertThat(putin.count()).isEqualTo(4);
    assertThat(putin.mentions())
        .extracting(Mention::field, Mention::text)
        .containsExactly(
            tuple(Field.TITLE, "Putin"),
            tuple(Field.BODY, "Vladimir Putin"),
            tuple(Field.BODY, "PUTIN"),
            tuple(Field.BODY, "Putin"));
    assertThat(entities).extracting(Entity::name).doesNotContain("Putin", "PUTIN");
  }

  @Test
  void stripsRanksAndPossessives() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "Lt. Col. Oleg Marchenko commands the unit. Meduza's reporters found that"
                    + " Marchenko's orders came from Rostov."));
    Entity officer = named(entities, "Oleg Marchenko");
    assertThat(officer.mentions())
        .extracting(Mention::text)
        .containsExactly("Oleg Marchenko", "Marchenko");
    Entity meduza = named(entities, "Meduza");
    assertThat(meduza.type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void typesOutletsByGazetteerAndContextNotAsPeople() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "The Telegram channel Vorota reported the escape, and Interfax confirmed it."
                    + " Vorota later said the men were caught."));
    assertThat(named(entities, "Vorota").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(entities, "Vorota").count()).isEqualTo(2);
    assertThat(named(entities, "Interfax").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void dropsPronounsAndLowerCaseWords() {
    List<Entity> entities =
        entities(SharedEngine.article("", "He said she would escape with them to Lyon."));
    assertThat(entities).extracting(Entity::name).containsExactly("Lyon");
  }

  @Test
  void givesLocationsASubtype() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "", "Troops moved from Poland to Lviv, and Ukrainian officials met in Texas."));
    assertThat(entities)
        .extracting(Entity::name, Entity::type, Entity::subtype)
        .contains(
            tuple("Poland", EntityType.LOCATION, "COUNTRY"),
            tuple("Lviv", EntityType.LOCATION, "CITY"),
            tuple("Ukrainian", EntityType.MISC, "NATIONALITY"),
            tuple("Texas", EntityType.LOCATION, "STATE_OR_PROVINCE"));
  }

  @Test
  void subtypesARegionByTheWordAfterIt() {
    List<Entity> entities =
        entities(SharedEngine.article("", "Fighting spread across the Zaporizhzhia region."));
    assertThat(entities)
        .extracting(Entity::name, Entity::subtype)
        .containsExactly(tuple("Zaporizhzhia", "STATE_OR_PROVINCE"));
  }

  @Test
  void keepsAcronymsJoinedBySlashAsOneNameEvenWithAPossessive() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "Crews from RFE/RL’s Balkan desk and the AP/NORC poll team met in Prague."
                    + " RFE/RL's bureau stayed open."));
    assertThat(named(entities, "RFE/RL").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(entities, "RFE/RL").count()).isEqualTo(2);
    assertThat(named(entities, "AP/NORC").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entities).extracting(Entity::name).doesNotContain("RFE", "RL", "AP", "NORC");
  }

  @Test
  void typesAnOrdinalWithACapitalisedMilitaryUnitAsAnOrganisation() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "Dozens of men tried to leave the 52nd Brigade – the unit sent to Kharkiv."
                    + " Soldiers of the 12th Regiment and the 2nd Battalion joined them, but"
                    + " the 41st brigade stayed."));
    assertThat(entities)
        .extracting(Entity::name, Entity::type)
        .contains(
            tuple("52nd Brigade", EntityType.ORGANIZATION),
            tuple("12th Regiment", EntityType.ORGANIZATION),
            tuple("2nd Battalion", EntityType.ORGANIZATION));
    assertThat(entities).extracting(Entity::name).doesNotContain("41st brigade");
  }

  @Test
  void typesOfficesNamedAfterTheirHolderAsOrganisations() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "The orders came from the Prosecutor’s Office and the generals, one man said."
                    + " The Prosecutor General's Office opened a case. The Office of the"
                    + " Ombudsman stayed silent."));
    assertThat(entities)
        .extracting(Entity::name, Entity::type)
        .contains(
            tuple("Prosecutor’s Office", EntityType.ORGANIZATION),
            tuple("Prosecutor General's Office", EntityType.ORGANIZATION),
            tuple("Office of the Ombudsman", EntityType.ORGANIZATION));
  }

  @Test
  void mergesACountrysOfficialAndShortNamesUnderTheShortName() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "Envoys of the Russian Federation met the US team; Russia and the United States"
                    + " of America later signed, and the U.S. said so."));
    assertThat(named(entities, "Russia").mentions())
        .extracting(Mention::text)
        .containsExactly("Russian Federation", "Russia");
    assertThat(named(entities, "United States").mentions())
        .extracting(Mention::text)
        .containsExactly("US", "United States of America", "U.S.");
    assertThat(named(entities, "United States").subtype()).isEqualTo("COUNTRY");
  }

  @Test
  void typesANameWithAVerbInThePluralAsAnOrganisationNotAPerson() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "Chelsea have sacked their coach. Chelsea said the decision was final, and"
                    + " Chelsea are now looking for a new one. Putin and Xi have met. Fans of"
                    + " Marie Curie are gathering in Warsaw."));
    assertThat(named(entities, "Chelsea").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(entities, "Chelsea").count()).isEqualTo(3);
    assertThat(named(entities, "Putin").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(entities, "Marie Curie").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void readsATaglineOfOneWordSentencesAfterGroupAsOneOrganisation() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "Elena Morozova, head of the rights group Truth. Justice. Peace, agrees that the"
                    + " men fled."));
    assertThat(entities)
        .extracting(Entity::name, Entity::type)
        .containsExactly(
            tuple("Elena Morozova", EntityType.PERSON),
            tuple("Truth. Justice. Peace", EntityType.ORGANIZATION));
  }

  @Test
  void dropsOnlyTheTaggersGuessesInATaglineWithoutAWordNamingIt() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "He closed with Truth. Justice. Peace, and left. They toured Paris. Berlin."
                    + " Rome, too, was on the list."));
    assertThat(entities).extracting(Entity::name).containsExactly("Paris", "Berlin", "Rome");
  }

  @Test
  void typesAnInstitutionNamedAfterItsPlaceAsAnOrganisation() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "UK Sport said it would cut funding. Moscow City Court fined the outlet, and"
                    + " Kyiv Police detained two men. He lives in the West Bank."));
    assertThat(entities)
        .extracting(Entity::name, Entity::type)
        .contains(
            tuple("UK Sport", EntityType.ORGANIZATION),
            tuple("Moscow City Court", EntityType.ORGANIZATION),
            tuple("Kyiv Police", EntityType.ORGANIZATION),
            tuple("West Bank", EntityType.LOCATION));
  }

  @Test
  void keepsTheTaggersOrganisationForAClubNamedAfterAListedPlace() {
    List<Entity> entities =
        entities(
            SharedEngine.article(
                "",
                "Leeds beat Cardiff 2-1 on Saturday, and Cardiff dropped to fifth in the table."
                    + " The final is played in Madrid."));
    assertThat(entities)
        .extracting(Entity::name, Entity::type)
        .containsExactly(
            tuple("Leeds", EntityType.ORGANIZATION),
            tuple("Cardiff", EntityType.ORGANIZATION),
            tuple("Madrid", EntityType.LOCATION));
  }
}
