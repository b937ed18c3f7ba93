package org.newsline.enrich.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  @Test
  void showsDoneOfTotalTheShareTheRateOfThisRunAndTheTimeLeftAtIt() {
    // 1,000 done, 400 of them in this run's 10 s: 40 a second, 4,000 left: 100 s.
    ProgressLine line = new ProgressLine(1_000, 5_000, 400, Duration.ofSeconds(10));

    assertThat(line.eta()).isEqualTo(Duration.ofSeconds(100));
    assertThat(line)
        .hasToString(
            "replay [######........................] 1000/5000 (20.0%) 40.0 records/s ETA 1m40s");
  }

  @Test
  void hasNoTimeLeftBeforeAnythingIsDoneAndAFullBarAtTheEnd() {
    assertThat(new ProgressLine(0, 10, 0, Duration.ZERO).toString()).endsWith("ETA -");
    assertThat(new ProgressLine(10, 10, 10, Duration.ofSeconds(1)).toString())
        .startsWith("replay [" + "#".repeat(30) + "] 10/10 (100.0%)");
    assertThat(new ProgressLine(0, 0, 0, Duration.ZERO).toString()).contains("0/0 (100.0%)");
  }

  @Test
  void writesLongTimesInHours() {
    assertThat(ProgressLine.clock(Duration.ofSeconds(3 * 3600 + 62))).isEqualTo("3h01m02s");
  }
}
