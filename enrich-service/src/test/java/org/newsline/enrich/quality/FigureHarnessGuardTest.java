package org.newsline.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.SharedEngine;

/**
 * The figures harness on the dev sets, where {@code ../shared} is beside the clone (skipped
 * elsewhere): value F1 must stay above floors just under the results recorded in {@code
 * docs/quality.md}, so that a regression fails the build.
 */
class FigureHarnessGuardTest {

  private static final Path SHARED = Path.of("../../shared");
  private static final List<Path> ANNOTATIONS =
      List.of(
          Path.of("src/test/resources/quality/corpus-figures.tsv"),
          Path.of("src/test/resources/quality/corpus-figures-2.tsv"),
          Path.of("src/test/resources/quality/corpus-figures-3.tsv"));

  /** Value F1 floors per set, just under the recorded engine results. */
  private static final Map<String, Double> VALUE_F1_FLOORS =
      Map.of(
          "currency", 0.77,
          "dimension", 0.60,
          "age", 0.84,
          "temperature", 0.85,
          "percent", 0.68,
          "numberrange", 0.64,
          "corpus", 0.95,
          "corpus-2", 0.96,
          "corpus-3", 0.99);

  /**
   * Value+unit F1 floors (scored on the engine's own unitNormalized) and value+change F1 floors
   * (the engine's direction), just under the results recorded on 2026-12-06.
   */
  private static final Map<FigureScore.Metric, Map<String, Double>> OTHER_FLOORS =
      Map.of(
          FigureScore.Metric.VALUE_UNIT,
          Map.of(
              "currency", 0.74,
              "dimension", 0.50,
              "age", 0.79,
              "temperature", 0.85,
              "percent", 0.68,
              "corpus", 0.88,
              "corpus-2", 0.96,
              "corpus-3", 0.96),
          FigureScore.Metric.VALUE_CHANGE,
          Map.of("corpus", 0.94, "corpus-2", 0.96, "corpus-3", 0.99));

  @Test
  void keepsTheEnginesFigureScoresOnTheDevSetsAboveTheRecordedFloors() throws Exception {
    Path recognizers = SHARED.resolve("dev-sets/recognizers-text");
    Path corpus = SHARED.resolve("corpus");
    Assumptions.assumeTrue(
        Files.isDirectory(recognizers) && Files.isDirectory(corpus), "../shared is absent");
    List<FigureHarness.ScoredSet> sets = FigureHarness.sets(recognizers, ANNOTATIONS, corpus);
    var scores = FigureHarness.score(sets, FigureHarness.engineFinder(SharedEngine.get()));
    VALUE_F1_FLOORS.forEach(
        (set, floor) ->
            assertThat(scores.get(set).get(FigureScore.Metric.VALUE).f1())
                .as("value F1 on %s", set)
                .isGreaterThanOrEqualTo(floor));
    OTHER_FLOORS.forEach(
        (metric, floors) ->
            floors.forEach(
                (set, floor) ->
                    assertThat(scores.get(set).get(metric).f1())
                        .as("%s F1 on %s", metric.label, set)
                        .isGreaterThanOrEqualTo(floor)));
  }
}
