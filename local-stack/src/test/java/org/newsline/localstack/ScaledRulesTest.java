package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ScaledRulesTest {

  @Test
  void everyDurationInMinutesBecomesSecondsAndNothingElseChanges() {
    String rules =
        """
        expr: rate(x[5m]) > 0.05 and deriv(sum(y)[10m:1m]) > 0 and z offset 10m
        for: 15m
        description: for 15 minutes, 3 a minute, 5m of it
        """;
    assertThat(ScaledRules.scale(rules, 2))
        .isEqualTo(
            """
            expr: rate(x[10s]) > 0.05 and deriv(sum(y)[20s:2s]) > 0 and z offset 20s
            for: 30s
            description: for 15 minutes, 3 a minute, 5m of it
            """);
  }

  @Test
  void theShippedRulesKeepNoDurationInMinutes() throws Exception {
    String scaled = ScaledRules.scale(Files.readString(Deploy.file("prometheus/alerts.yml")), 2);
    assertThat(scaled).doesNotContainPattern("(for: |\\[|:|offset )\\d+m\\b");
    assertThat(scaled).contains("for: 30s", "[10s]", "[20s:2s]", "offset 20s");
  }
}
