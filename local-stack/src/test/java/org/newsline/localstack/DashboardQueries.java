package org.newsline.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the metric names a Grafana dashboard's PromQL queries use, and those a scrape exports. */
final class DashboardQueries {

  private static final Set<String> PROMQL_WORDS =
      Set.of(
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "bool",
          "and",
          "or",
          "unless",
          "offset",
          "inf",
          "nan");
  private static final Pattern IDENTIFIER = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");

  private DashboardQueries() {}

  static Path dashboard() {
    Path fromModule = Path.of("../deploy/grafana/dashboards/newsline-pipeline.json");
    return Files.exists(fromModule)
        ? fromModule
        : Path.of("deploy/grafana/dashboards/newsline-pipeline.json");
  }

  /** Every metric name the dashboard's queries select. */
  static Set<String> metricsQueried(Path dashboard) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(dashboard));
    Set<String> names = new TreeSet<>();
    for (JsonNode panel : root.get("panels")) {
      for (JsonNode target : panel.get("targets")) {
        names.addAll(metricsIn(target.get("expr").asString()));
      }
    }
    return names;
  }

  /** The metric names in one PromQL expression. */
  static Set<String> metricsIn(String expr) {
    String stripped =
        expr.replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\{[^}]*\\}", " ")
            .replaceAll("\\[[^\\]]*\\]", " ")
            .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(stripped);
    while (m.find()) {
      String word = m.group(1);
      boolean isFunction = m.group(2) != null;
      if (!isFunction && !PROMQL_WORDS.contains(word) && !word.matches("\\d.*")) {
        names.add(word);
      }
    }
    return names;
  }

  /** The sample names in a Prometheus text exposition. */
  static Set<String> metricsExported(String exposition) {
    Set<String> names = new TreeSet<>();
    for (String line : exposition.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int end = line.length();
      for (char c : new char[] {'{', ' '}) {
        int i = line.indexOf(c);
        if (i >= 0) {
          end = Math.min(end, i);
        }
      }
      names.add(line.substring(0, end));
    }
    return names;
  }
}
