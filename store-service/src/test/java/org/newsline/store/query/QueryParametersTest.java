package org.newsline.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsline.model.EntityType;
import org.newsline.store.StoreProperties;

class QueryParametersTest {

  private final QueryParameters parameters =
      new QueryParameters(
          new StoreProperties.Query(20, 200, 50, 2000, StoreProperties.TextSearchMode.AUTO));

  @Test
  void limitDefaultsAndStaysInRange() {
    assertThat(parameters.limit(null)).isEqualTo(20);
    assertThat(parameters.limit("1")).isEqualTo(1);
    assertThat(parameters.limit("200")).isEqualTo(200);
    for (String bad : new String[] {"0", "201", "-1", "ten", "1.5", ""}) {
      assertThatThrownBy(() -> parameters.limit(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
    }
  }

  @Test
  void readsTimesAndDates() {
    assertThat(parameters.time("from", "2025-04-18T11:30:00+02:00"))
        .isEqualTo(Instant.parse("2025-04-18T09:30:00Z"));
    assertThat(parameters.time("from", "2025-04-18"))
        .isEqualTo(Instant.parse("2025-04-18T00:00:00Z"));
    assertThatThrownBy(() -> parameters.time("to", "18/04/2025"))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("to"));
  }

  @Test
  void aDateAloneAsToMeansThroughTheEndOfThatDay() {
    assertThat(parameters.period("2025-12-01", "2025-12-31"))
        .isEqualTo(
            new QueryParameters.Period(
                Instant.parse("2025-12-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")));
    assertThat(parameters.period("2025-04-18", "2025-04-18").to())
        .isEqualTo(Instant.parse("2025-04-19T00:00:00Z"));
    assertThat(parameters.period(null, "2025-04-18T12:00:00Z").to())
        .as("a time stays exclusive")
        .isEqualTo(Instant.parse("2025-04-18T12:00:00Z"));
  }

  @Test
  void periodMustRunForwards() {
    assertThatThrownBy(() -> parameters.period("2025-04-19", "2025-04-18"))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("to"));
  }

  @Test
  void typeIsOneOfTheEntityTypes() {
    assertThat(parameters.type("location")).isEqualTo(EntityType.LOCATION);
    assertThatThrownBy(() -> parameters.type("PLANET"))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("type"));
  }

  @Test
  void textIsLiteralButBoundedAndNotBlank() {
    assertThat(parameters.text("entity", "{\"$gt\": \"\"}")).isEqualTo("{\"$gt\": \"\"}");
    assertThatThrownBy(() -> parameters.text("unit", "\u0000"))
        .isInstanceOf(BadParameterException.class)
        .hasMessageContaining("'unit'");
    assertThatThrownBy(() -> parameters.text("entity", " "))
        .isInstanceOf(BadParameterException.class);
    assertThatThrownBy(() -> parameters.text("source", "x".repeat(51)))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("source"));
  }

  @Test
  void languageIsAnIsoCodeInAnyCaseWithoutARegion() {
    assertThat(parameters.language(null)).isNull();
    assertThat(parameters.language("RU")).isEqualTo("ru");
    assertThat(parameters.language("ast")).isEqualTo("ast");
    for (String bad : new String[] {"en-GB", "russian", "e1", "", "{\"$ne\": null}"}) {
      assertThatThrownBy(() -> parameters.language(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("language"));
    }
  }

  @Test
  void fieldsIsSummaryOrFull() {
    assertThat(parameters.full(null)).isFalse();
    assertThat(parameters.full("full")).isTrue();
    assertThatThrownBy(() -> parameters.full("body")).isInstanceOf(BadParameterException.class);
  }

  @Test
  void articleIdFollowsTheContract() {
    assertThat(parameters.articleId("coast-news:2025.04_18")).isEqualTo("coast-news:2025.04_18");
    assertThatThrownBy(() -> parameters.articleId("$where"))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("id"));
  }
}
