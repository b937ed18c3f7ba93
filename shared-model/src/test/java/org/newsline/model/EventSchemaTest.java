package org.newsline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsline.model.json.EventJson;

class EventSchemaTest {

  @Test
  void serialisedRawArticleValidatesAgainstItsSchema() {
    byte[] json = EventJson.mapper().writeValueAsBytes(SampleEvents.raw());

    assertThat(EventSchemas.validate(EventSchemas.RAW_ARTICLE, json)).isEmpty();
  }

  @Test
  void serialisedEnrichedArticleValidatesAgainstItsSchema() {
    byte[] json = EventJson.mapper().writeValueAsBytes(SampleEvents.enriched());

    assertThat(EventSchemas.validate(EventSchemas.ENRICHED_ARTICLE, json)).isEmpty();
  }

  @Test
  void rawArticleWithOptionalFieldsAbsentValidates() {
    RawArticle minimal =
        new RawArticle(
            1,
            "a1",
            null,
            null,
            null,
            "Body text.",
            null,
            null,
            SampleEvents.raw().receivedAt(),
            SampleEvents.raw().contentHash(),
            null,
            null);

    byte[] json = EventJson.mapper().writeValueAsBytes(minimal);

    assertThat(EventSchemas.validate(EventSchemas.RAW_ARTICLE, json)).isEmpty();
  }

  @Test
  void enrichedArticleSchemaCarriesEveryRawArticleField() {
    Set<String> raw = schemaProperties("schemas/raw-article.schema.json");
    Set<String> enriched = schemaProperties("schemas/enriched-article.schema.json");

    assertThat(raw).contains("id", "body", "contentHash");
    assertThat(enriched).containsAll(raw);
  }

  @Test
  void everyFieldAnEventCarriesIsDescribedInItsSchema() {
    var raw = EventJson.mapper().valueToTree(SampleEvents.raw());
    var enriched = EventJson.mapper().valueToTree(SampleEvents.enriched());

    assertThat(schemaProperties("schemas/raw-article.schema.json"))
        .containsAll(raw.propertyNames());
    assertThat(schemaProperties("schemas/enriched-article.schema.json"))
        .containsAll(enriched.propertyNames());
  }

  /** The top-level property names a schema resource declares. */
  private static Set<String> schemaProperties(String resource) {
    try (InputStream in = EventSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Set<String> names = new TreeSet<>();
      EventJson.mapper().readTree(in).get("properties").propertyNames().forEach(names::add);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void schemaAcceptsAFigureWithoutTheFieldsAddedWithinVersionOneAndRejectsAnUnknownDirection() {
    String valid =
        new String(
            EventJson.mapper().writeValueAsBytes(SampleEvents.enriched()), StandardCharsets.UTF_8);
    assertThat(valid).contains("\"direction\":\"UP\"", "\"unitNormalized\":\"USD\"");
    String old =
        valid.replaceAll(
            ",\"unitNormalized\":(\"[^\"]*\"|null),\"direction\":(\"[A-Z]*\"|null)", "");
    assertThat(old).doesNotContain("unitNormalized", "direction");

    assertThat(EventSchemas.validate(EventSchemas.ENRICHED_ARTICLE, bytes(old))).isEmpty();
    assertThat(
            EventSchemas.validate(
                EventSchemas.ENRICHED_ARTICLE, bytes(valid.replace("\"UP\"", "\"SIDEWAYS\""))))
        .isNotEmpty();
    assertThat(
            EventSchemas.validate(
                EventSchemas.ENRICHED_ARTICLE,
                bytes(valid.replace("\"unitNormalized\":\"USD\"", "\"unitNormalized\":7"))))
        .isNotEmpty();
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void schemaRejectsAnEventWithoutBodyOrWithANumericTimestamp() {
    String valid =
        new String(
            EventJson.mapper().writeValueAsBytes(SampleEvents.raw()), StandardCharsets.UTF_8);
    List<String> broken =
        List.of(
            valid.replaceFirst("\"body\":\"[^\"]*\",", ""),
            valid.replace("\"2025-04-18T09:30:00Z\"", "1744968600"),
            valid.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
            valid.replace("\"contentHash\":\"9f86", "\"contentHash\":\"XX86"));

    for (String json : broken) {
      assertThat(
              EventSchemas.validate(
                  EventSchemas.RAW_ARTICLE, json.getBytes(StandardCharsets.UTF_8)))
          .as(json)
          .isNotEmpty();
    }
  }
}
