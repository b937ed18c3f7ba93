package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus/alerts.yml is valid and every rule fires and stays quiet as its unit tests in
 * alerts.test.yml say, checked by the real {@code promtool}.
 */
class AlertRulesTest {

  private Path promtool;

  @BeforeEach
  void findPromtool() {
    var found = LocalPrometheus.onPath("promtool");
    assumeTrue(found.isPresent(), Deploy.missing("promtool"));
    promtool = found.get();
  }

  @Test
  void rulesAreValid() throws Exception {
    Result check = run("check", "rules", Deploy.file("prometheus/alerts.yml").toString());

    assertThat(check.exit()).as(check.output()).isZero();
    assertThat(check.output()).contains("SUCCESS: 10 rules found");
  }

  @Test
  void everyRuleFiresAndStaysQuietAsItsUnitTestsSay() throws Exception {
    Result test = run("test", "rules", Deploy.file("prometheus/alerts.test.yml").toString());

    assertThat(test.exit()).as(test.output()).isZero();
    assertThat(test.output()).contains("SUCCESS");
  }

  @Test
  void everyRuleHasAUnitTestThatSeesItFire() throws Exception {
    String rules = java.nio.file.Files.readString(Deploy.file("prometheus/alerts.yml"));
    String tests = java.nio.file.Files.readString(Deploy.file("prometheus/alerts.test.yml"));
    List<String> alerts =
        rules
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("- alert: "))
            .map(l -> l.substring("- alert: ".length()))
            .toList();

    assertThat(alerts).hasSize(10);
    for (String alert : alerts) {
      assertThat(tests)
          .as("a firing case for " + alert)
          .containsPattern("alertname: " + alert + "\\n\\s+exp_alerts:\\n\\s+- exp_labels")
          .as("a quiet case for " + alert)
          .contains("alertname: " + alert + ", exp_alerts: []");
    }
  }

  private record Result(int exit, String output) {}

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
    return new Result(process.exitValue(), output);
  }
}
