package org.newsline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.model.json.EventJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class EventJsonTest {

  @Test
  void writesEveryTimestampAsAnIsoString() {
    JsonNode json = EventJson.mapper().valueToTree(SampleEvents.enriched());

    assertThat(json.get("publishedAt").asString()).isEqualTo("2025-04-18T09:30:00Z");
    assertThat(json.get("receivedAt").asString()).isEqualTo("2025-04-18T09:31:02.123Z");
    assertThat(json.get("enrichedAt").asString()).isEqualTo("2025-04-18T09:31:05Z");
  }

  @Test
  void writesFieldNamesInLowerCaseAsTheContractSays() {
    JsonNode json = EventJson.mapper().valueToTree(SampleEvents.enriched());

    assertThat(json.get("entities").get(0).get("mentions").get(0).get("field").asString())
        .isEqualTo("body");
    assertThat(json.get("figures").get(0).get("qualifier").asString()).isEqualTo("APPROXIMATE");
  }

  @Test
  void roundTripsAnEnrichedArticleUnchanged() {
    EnrichedArticle original = SampleEvents.enriched();

    byte[] bytes = EventJson.mapper().writeValueAsBytes(original);
    EnrichedArticle read = EventJson.mapper().readValue(bytes, EnrichedArticle.class);

    assertThat(read).isEqualTo(original);
    assertThat(read.raw()).isEqualTo(SampleEvents.raw());
  }

  @Test
  void rejectsANumericTimestampInsteadOfReadingItAsEpochSeconds() {
    String json =
        new String(EventJson.mapper().writeValueAsBytes(SampleEvents.raw()), StandardCharsets.UTF_8)
            .replace("\"2025-04-18T09:30:00Z\"", "1744968600");

    assertThatThrownBy(() -> EventJson.mapper().readValue(json, RawArticle.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("ISO-8601");
  }

  @Test
  void acceptsTimestampsWithAnOffsetAndNormalisesThemToUtc() {
    String json =
        new String(EventJson.mapper().writeValueAsBytes(SampleEvents.raw()), StandardCharsets.UTF_8)
            .replace("\"2025-04-18T09:30:00Z\"", "\"2025-04-18T11:30:00+02:00\"");

    RawArticle read = EventJson.mapper().readValue(json, RawArticle.class);

    assertThat(read.publishedAt()).isEqualTo(SampleEvents.raw().publishedAt());
  }

  @Test
  void ignoresFieldsAddedByANewerWriterOfTheSameVersion() {
    String json =
        new String(EventJson.mapper().writeValueAsBytes(SampleEvents.raw()), StandardCharsets.UTF_8)
            .replaceFirst("\\{", "{\"addedLater\":{\"x\":1},");

    assertThat(EventJson.mapper().readValue(json, RawArticle.class)).isEqualTo(SampleEvents.raw());
  }

  @Test
  void readsAFigureWrittenBeforeItCarriedUnitNormalizedAndDirectionWithBothNull() {
    JsonNode json = EventJson.mapper().valueToTree(SampleEvents.enriched());
    for (JsonNode figure : json.get("figures")) {
      ((tools.jackson.databind.node.ObjectNode) figure)
          .remove(List.of("unitNormalized", "direction"));
    }
    assertThat(json.get("figures").get(1).has("direction")).isFalse();

    EnrichedArticle read = EventJson.mapper().treeToValue(json, EnrichedArticle.class);

    assertThat(read.figures())
        .extracting(Figure::unit, Figure::unitNormalized, Figure::direction)
        .containsExactly(tuple("residents", null, null), tuple("USD", null, null));
  }

  @Test
  void writesUnitNormalizedAndDirectionOfAFigure() {
    JsonNode figure = EventJson.mapper().valueToTree(SampleEvents.enriched()).get("figures").get(1);

    assertThat(figure.get("unitNormalized").asString()).isEqualTo("USD");
    assertThat(figure.get("direction").asString()).isEqualTo("UP");
  }

  @Test
  void writesTheCanonicalNameOfAnEntityAndNullWhereItIsTheName() {
    JsonNode entities = EventJson.mapper().valueToTree(SampleEvents.enriched()).get("entities");

    assertThat(entities.get(1).get("canonicalName").asString()).isEqualTo("Port Ellis");
    assertThat(entities.get(0).get("canonicalName").isNull()).isTrue();
  }

  @Test
  void readsAnEntityWrittenBeforeItCarriedACanonicalNameAsNamedByItsName() {
    JsonNode json = EventJson.mapper().valueToTree(SampleEvents.enriched());
    for (JsonNode entity : json.get("entities")) {
      ((tools.jackson.databind.node.ObjectNode) entity).remove("canonicalName");
    }

    EnrichedArticle read = EventJson.mapper().treeToValue(json, EnrichedArticle.class);

    assertThat(read.entities())
        .extracting(Entity::canonicalName, Entity::canonicalOrName)
        .containsExactly(tuple(null, "Jane Okafor"), tuple(null, "Port Ellis"));
  }
}
