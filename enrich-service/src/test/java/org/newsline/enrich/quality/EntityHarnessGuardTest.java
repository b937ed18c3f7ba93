package org.newsline.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsline.enrich.SharedEngine;

/**
 * The entity harness on the whole CoNLL-2003 development part, where {@code ../shared} is beside
 * the clone (skipped elsewhere): the engine's exact-span F1, per type and overall, must stay above
 * floors just under the results recorded in {@code docs/quality.md}, so that a regression fails the
 * build. About 15-30 s once the engine is loaded.
 */
class EntityHarnessGuardTest {

  private static final Path CONLL = Path.of("../../shared/dev-sets/conll2003/eng.testa");

  /** F1 floors, just under the recorded engine result (2026-12-03: .948/.897/.948, all .935). */
  private static final Map<String, Double> F1_FLOORS =
      Map.of("PER", 0.943, "ORG", 0.890, "LOC", 0.943);

  private static final double OVERALL_F1_FLOOR = 0.930;

  @Test
  void keepsTheEnginesEntityScoresOnTheConllDevPartAboveTheRecordedFloors() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(CONLL), "../shared is absent");
    EntityScore score =
        EntityHarness.score(new EngineTagger(SharedEngine.get()), ConllReader.read(CONLL), null);
    F1_FLOORS.forEach(
        (type, floor) ->
            assertThat(score.of(type).f1()).as("%s F1", type).isGreaterThanOrEqualTo(floor));
    assertThat(score.overall().f1()).as("overall F1").isGreaterThanOrEqualTo(OVERALL_F1_FLOOR);
  }
}
