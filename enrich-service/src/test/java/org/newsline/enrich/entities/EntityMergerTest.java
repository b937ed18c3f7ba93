package org.newsline.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.model.Entity;
import org.newsline.model.EntityType;
import org.newsline.model.Field;

class EntityMergerTest {

  private final EntityMerger merger = new EntityMerger(Gazetteer.load());

  private static RawMention m(Field field, int start, String text, EntityType type, Evidence e) {
    return new RawMention(field, start, start + text.length(), text, type, e);
  }

  @Test
  void strongerEvidenceDecidesTheTypeOfAllMentions() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 0, "Vorota", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 40, "Vorota", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 90, "Vorota", EntityType.ORGANIZATION, Evidence.CONTEXT)));
    assertThat(entities)
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(tuple("Vorota", EntityType.ORGANIZATION, 3));
  }

  @Test
  void keepsADatelinesPlaceApartFromATeamOfItsNameAndWithThePlace() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 0, "MILAN", EntityType.LOCATION, Evidence.DATELINE),
                m(Field.BODY, 20, "Milan", EntityType.ORGANIZATION, Evidence.TAGGER),
                m(Field.BODY, 40, "Milan", EntityType.ORGANIZATION, Evidence.TAGGER),
                m(Field.BODY, 60, "Milan", EntityType.ORGANIZATION, Evidence.TAGGER)));
    assertThat(entities)
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(
            tuple("MILAN", EntityType.LOCATION, 1), tuple("Milan", EntityType.ORGANIZATION, 3));
    assertThat(
            merger.merge(
                List.of(
                    m(Field.BODY, 0, "MOSCOW", EntityType.LOCATION, Evidence.DATELINE),
                    m(Field.BODY, 20, "Moscow", EntityType.LOCATION, Evidence.TAGGER))))
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(tuple("Moscow", EntityType.LOCATION, 2));
  }

  @Test
  void leavesAnAmbiguousSurnameAlone() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 0, "Anna Petrova", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 20, "Olga Petrova", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 40, "Petrova", EntityType.PERSON, Evidence.TAGGER)));
    assertThat(entities)
        .extracting(Entity::name)
        .containsExactly("Anna Petrova", "Olga Petrova", "Petrova");
  }

  @Test
  void prefersMixedCaseForTheCanonicalNameAndOrdersTitleMentionsFirst() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 5, "KYIV", EntityType.LOCATION, Evidence.TAGGER),
                m(Field.TITLE, 3, "Kyiv", EntityType.LOCATION, Evidence.TAGGER)));
    assertThat(entities)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("Kyiv");
              assertThat(e.subtype()).isEqualTo("CITY");
              assertThat(e.mentions().get(0).field()).isEqualTo(Field.TITLE);
            });
  }

  @Test
  void mergesOfficialCountryNamesWithTheShortNameButNotOtherTypes() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 0, "United Kingdom", EntityType.LOCATION, Evidence.GAZETTEER),
                m(Field.BODY, 30, "UK", EntityType.LOCATION, Evidence.GAZETTEER),
                m(Field.BODY, 50, "Britain", EntityType.LOCATION, Evidence.GAZETTEER),
                m(Field.BODY, 70, "Republic of Korea", EntityType.LOCATION, Evidence.TAGGER),
                m(Field.BODY, 90, "US", EntityType.ORGANIZATION, Evidence.TAGGER)));
    assertThat(entities)
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(
            tuple("United Kingdom", EntityType.LOCATION, 3),
            tuple("South Korea", EntityType.LOCATION, 1),
            tuple("US", EntityType.ORGANIZATION, 1));
  }

  @Test
  void givesANameTheTypeThreeQuartersOfItsMentionsAgreeOn() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 0, "Jordan", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 20, "Jordan", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 40, "Jordan", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 60, "Jordan", EntityType.LOCATION, Evidence.LISTED)));
    assertThat(entities)
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(tuple("Jordan", EntityType.PERSON, 4));
  }

  @Test
  void keepsANameTheTaggerReadsTwoWaysAsTwoEntities() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 0, "NEW YORK", EntityType.ORGANIZATION, Evidence.TAGGER),
                m(Field.BODY, 20, "NEW YORK", EntityType.LOCATION, Evidence.LISTED),
                m(Field.BODY, 40, "NEW YORK", EntityType.ORGANIZATION, Evidence.TAGGER),
                m(Field.BODY, 60, "NEW YORK", EntityType.LOCATION, Evidence.LISTED)));
    assertThat(entities)
        .extracting(Entity::name, Entity::type, Entity::count)
        .containsExactly(
            tuple("NEW YORK", EntityType.ORGANIZATION, 2),
            tuple("NEW YORK", EntityType.LOCATION, 2));
  }

  @Test
  void aSurnameWithItsParticleJoinsTheOneFullNameEndingWithIt() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 0, "Pieter de Vries", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 40, "De Vries", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 60, "Louis van Gaal", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 80, "van Gaal", EntityType.PERSON, Evidence.TAGGER),
                m(Field.BODY, 90, "New Vries", EntityType.PERSON, Evidence.TAGGER)));
    assertThat(entities)
        .extracting(Entity::name, Entity::count)
        .containsExactly(
            tuple("Pieter de Vries", 2), tuple("Louis van Gaal", 2), tuple("New Vries", 1));
  }

  @Test
  void namesListedForOneEntityAreOneEntityWithTheListedCanonicalName() {
    List<Entity> entities =
        merger.merge(
            List.of(
                m(Field.BODY, 0, "Labour", EntityType.ORGANIZATION, Evidence.TAGGER),
                m(Field.BODY, 20, "Labour Party", EntityType.ORGANIZATION, Evidence.TAGGER),
                m(Field.BODY, 40, "Tories", EntityType.ORGANIZATION, Evidence.TAGGER),
                m(Field.BODY, 60, "EU", EntityType.ORGANIZATION, Evidence.TAGGER),
                m(Field.BODY, 70, "Britain", EntityType.LOCATION, Evidence.GAZETTEER),
                m(
                    Field.BODY,
                    80,
                    "Kuban Anti-War Committee",
                    EntityType.ORGANIZATION,
                    Evidence.TAGGER),
                m(Field.BODY, 110, "Fed", EntityType.PERSON, Evidence.TAGGER)));
    assertThat(entities)
        .extracting(Entity::name, Entity::type, Entity::count, Entity::canonicalName)
        .containsExactly(
            tuple("Labour Party", EntityType.ORGANIZATION, 2, "Labour Party"),
            tuple("Tories", EntityType.ORGANIZATION, 1, "Conservative Party"),
            tuple("EU", EntityType.ORGANIZATION, 1, "European Union"),
            tuple("United Kingdom", EntityType.LOCATION, 1, "United Kingdom"),
            tuple(
                "Kuban Anti-War Committee", EntityType.ORGANIZATION, 1, "Kuban Anti-War Committee"),
            tuple("Fed", EntityType.PERSON, 1, "Fed"));
  }
}
