package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class PrometheusConfigTest {

  private static final LocalStackSettings SETTINGS =
      new LocalStackSettings(Path.of("/tmp/x"), 1, 2, 3, 18081, 18082, 18083);

  @Test
  @SuppressWarnings("unchecked")
  void pointsTheDeploymentsTargetsAtTheStacksPortsWithTheKeyFileAndTheRules() throws Exception {
    String generated =
        PrometheusConfig.forLocalStack(
            Files.readString(Deploy.file("prometheus/prometheus.yml")),
            SETTINGS,
            Path.of("/tmp/key"),
            Path.of("/tmp/alerts.yml"),
            Duration.ofSeconds(1));

    Map<String, Object> config = new Yaml().load(generated);
    assertThat(config).doesNotContainKey("alerting");
    assertThat(config.get("rule_files")).isEqualTo(List.of("/tmp/alerts.yml"));
    assertThat((Map<String, Object>) config.get("global"))
        .containsEntry("scrape_interval", "1s")
        .containsEntry("evaluation_interval", "1s");
    Map<String, Object> job = ((List<Map<String, Object>>) config.get("scrape_configs")).get(0);
    assertThat(job)
        .containsEntry("job_name", "newsline")
        .containsEntry("metrics_path", "/actuator/prometheus")
        .containsEntry("authorization", Map.of("type", "Bearer", "credentials_file", "/tmp/key"));
    assertThat((List<Map<String, Object>>) job.get("static_configs"))
        .containsExactly(
            Map.of("targets", List.of("localhost:18081"), "labels", Map.of("service", "ingest")),
            Map.of("targets", List.of("localhost:18082"), "labels", Map.of("service", "enrich")),
            Map.of("targets", List.of("localhost:18083"), "labels", Map.of("service", "store")));
  }

  @Test
  void refusesATargetForAServiceTheStackDoesNotRun() {
    String config =
        """
        scrape_configs:
          - job_name: newsline
            static_configs:
              - targets: ["search:8084"]
                labels: {service: search}
        """;

    assertThatThrownBy(
            () ->
                PrometheusConfig.forLocalStack(
                    config, SETTINGS, Path.of("k"), Path.of("r"), Duration.ofSeconds(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service label 'search'");
  }
}
