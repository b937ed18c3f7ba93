package org.newsline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsline.model.Direction;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;
import org.newsline.model.Qualifier;

class FigureFilterTest {

  private static final Figure RISE =
      new Figure(
              "rose by 300 soldiers",
              Field.BODY,
              0,
              20,
              FigureKind.COUNT,
              300,
              300,
              300,
              Qualifier.EXACT,
              "Soldiers")
          .withUnit("Soldiers", "soldier")
          .withDirection(Direction.UP);

  private static final Figure LEVEL =
      new Figure(
              "300 soldiers",
              Field.BODY,
              0,
              12,
              FigureKind.COUNT,
              300,
              300,
              300,
              Qualifier.EXACT,
              "soldiers")
          .withUnit("soldiers", "soldier");

  @Test
  void aFigureMatchesOnlyWhenItHasEveryGivenProperty() {
    assertThat(FigureFilter.ANY.matches(RISE)).isTrue();
    assertThat(
            new FigureFilter("SOLDIERS", "soldier", FigureKind.COUNT, Direction.UP).matches(RISE))
        .isTrue();
    assertThat(new FigureFilter(null, "soldier", null, Direction.UP).matches(LEVEL))
        .as("same article's other figure has the direction, this one not")
        .isFalse();
    assertThat(new FigureFilter(null, null, null, Direction.DOWN).matches(RISE)).isFalse();
    assertThat(new FigureFilter(null, null, FigureKind.MONEY, null).matches(RISE)).isFalse();
    assertThat(new FigureFilter(null, "Soldier", null, null).matches(RISE))
        .as("the canonical unit exactly")
        .isFalse();
    assertThat(new FigureFilter("soldier", null, null, null).matches(RISE))
        .as("the unit as written, whole")
        .isFalse();
  }

  @Test
  void eachGivenPropertyBecomesAConditionOnTheArticle() {
    assertThat(FigureFilter.ANY.articleFilters()).isEmpty();
    assertThat(
            new FigureFilter("soldiers", "soldier", FigureKind.COUNT, Direction.UP)
                .articleFilters())
        .hasSize(4);
  }
}
