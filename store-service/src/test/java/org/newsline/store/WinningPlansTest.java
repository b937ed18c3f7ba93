package org.newsline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link WinningPlans} on explain answers in the shapes MongoDB documents (written for these tests
 * in {@code explain/}), since the index test that uses it on a real server needs Docker.
 */
class WinningPlansTest {

  @Test
  void readsTheIndexBelowASortAndFetchAndNotThoseOfRejectedPlans() {
    WinningPlans plans = plans("find-sorted-index-scan.json");

    assertThat(plans.scannedIndexes()).containsExactly("source");
    assertThat(plans.scansTheCollection()).as("a COLLSCAN among the rejected plans").isFalse();
    assertThat(plans.stageNames()).containsExactly("SORT", "FETCH", "IXSCAN");
  }

  @Test
  void readsMongoDb8sExpressScanAndTheOlderIdHackAsTheIdIndex() {
    assertThat(plans("find-express.json").scannedIndexes()).containsExactly("_id_");
    assertThat(plans("find-idhack.json").scannedIndexes()).containsExactly("_id_");
  }

  @Test
  void readsEveryInputStageOfAMerge() {
    WinningPlans plans = plans("find-or-merge.json");

    assertThat(plans.scannedIndexes()).containsExactly("sortAt_id");
    assertThat(plans.stageNames()).containsSubsequence("SORT_MERGE", "IXSCAN", "IXSCAN");
  }

  @Test
  void findsTheWinningPlanOfAnAggregationInItsCursorStage() {
    WinningPlans plans = plans("aggregate-classic-cursor.json");

    assertThat(plans.scannedIndexes()).containsExactly("sortAt_id");
    assertThat(plans.scansTheCollection()).isFalse();
  }

  @Test
  void findsTheQueryPlanOfAnAggregationRunInTheSlotBasedEngine() {
    WinningPlans plans = plans("aggregate-slot-based.json");

    assertThat(plans.scannedIndexes()).isEmpty();
    assertThat(plans.scansTheCollection()).isTrue();
  }

  @Test
  void readsTheScanBelowAnUpdate() {
    assertThat(plans("update.json").scannedIndexes()).containsExactly("_id_");
  }

  @Test
  void refusesAnAnswerWithoutAWinningPlan() {
    assertThatThrownBy(() -> plans("no-plan.json")).hasMessageContaining("no winningPlan");
  }

  private static WinningPlans plans(String name) {
    try (InputStream in = WinningPlansTest.class.getResourceAsStream("/explain/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource explain/" + name);
      }
      return WinningPlans.of(Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
