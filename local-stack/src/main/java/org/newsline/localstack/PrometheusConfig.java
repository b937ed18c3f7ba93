package org.newsline.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A Prometheus configuration for the local stack, generated from the deployment's {@code
 * deploy/prometheus/prometheus.yml}: the same jobs, paths and labels, with each target (labelled
 * {@code service: ingest|enrich|store}) pointed at this stack's port, the management key read from
 * {@code keyFile}, the alert rules loaded from {@code rules} and no Alertmanager.
 */
final class PrometheusConfig {

  private PrometheusConfig() {}

  @SuppressWarnings("unchecked")
  static String forLocalStack(
      String deployConfig,
      LocalStackSettings settings,
      Path keyFile,
      Path rules,
      Duration interval) {
    Map<String, Object> config =
        new LinkedHashMap<>(new Yaml().<Map<String, Object>>load(deployConfig));
    Map<String, Object> global =
        new LinkedHashMap<>((Map<String, Object>) config.getOrDefault("global", Map.of()));
    global.put("scrape_interval", seconds(interval));
    global.put("evaluation_interval", seconds(interval));
    config.put("global", global);
    config.put("rule_files", List.of(rules.toAbsolutePath().toString()));
    config.remove("alerting");
    List<Map<String, Object>> jobs = new ArrayList<>();
    for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
      Map<String, Object> local = new LinkedHashMap<>(job);
      local.put(
          "authorization",
          Map.of("type", "Bearer", "credentials_file", keyFile.toAbsolutePath().toString()));
      List<Map<String, Object>> targets = new ArrayList<>();
      for (Map<String, Object> group : (List<Map<String, Object>>) job.get("static_configs")) {
        Map<String, Object> labels = (Map<String, Object>) group.get("labels");
        Object service = labels == null ? null : labels.get("service");
        targets.add(
            Map.of(
                "targets",
                List.of("localhost:" + port(settings, String.valueOf(service))),
                "labels",
                labels));
      }
      local.put("static_configs", targets);
      jobs.add(local);
    }
    config.put("scrape_configs", jobs);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(options).dump(config);
  }

  private static int port(LocalStackSettings settings, String service) {
    return switch (service) {
      case "ingest" -> settings.ingestPort();
      case "enrich" -> settings.enrichPort();
      case "store" -> settings.storePort();
      default ->
          throw new IllegalArgumentException(
              "prometheus.yml has a target with service label '"
                  + service
                  + "'; the local stack runs ingest, enrich and store");
    };
  }

  private static String seconds(Duration interval) {
    return Math.max(1, interval.toSeconds()) + "s";
  }
}
