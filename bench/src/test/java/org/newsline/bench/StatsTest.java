package org.newsline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void percentileIsTheNearestRank() {
    double[] values = {15, 20, 35, 40, 50};
    assertThat(Stats.percentile(values, 5)).isEqualTo(15);
    assertThat(Stats.percentile(values, 30)).isEqualTo(20);
    assertThat(Stats.percentile(values, 40)).isEqualTo(20);
    assertThat(Stats.percentile(values, 50)).isEqualTo(35);
    assertThat(Stats.percentile(values, 100)).isEqualTo(50);
  }

  @Test
  void percentileDoesNotCareAboutOrder() {
    assertThat(Stats.percentile(new double[] {9, 1, 5, 3, 7, 2, 8, 4, 6, 10}, 90)).isEqualTo(9);
  }

  @Test
  void percentileRefusesNoValuesAndOutOfRangeRanks() {
    assertThatThrownBy(() -> Stats.percentile(new double[0], 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(new double[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fitRecoversAnExactLine() {
    Stats.Line line = Stats.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
    assertThat(line.slope()).isCloseTo(2, within(1e-12));
    assertThat(line.intercept()).isCloseTo(1, within(1e-12));
    assertThat(line.r2()).isCloseTo(1, within(1e-12));
    assertThat(line.residualSd()).isCloseTo(0, within(1e-12));
  }

  @Test
  void fitOfNoisyPointsMinimisesSquaredError() {
    // Worked by hand: slope 5/5, intercept 1.5 - 1.5, residuals 1, -1, -1, 1, syy 9.
    Stats.Line line = Stats.fit(new double[] {0, 1, 2, 3}, new double[] {1, 0, 1, 4});
    assertThat(line.slope()).isCloseTo(1, within(1e-12));
    assertThat(line.intercept()).isCloseTo(0, within(1e-12));
    assertThat(line.residualSd()).isCloseTo(Math.sqrt(4.0 / 2), within(1e-12));
    assertThat(line.r2()).isCloseTo(1 - 4.0 / 9, within(1e-12));
  }

  @Test
  void medianOfAnEvenCountIsTheMiddlePair() {
    assertThat(Stats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
