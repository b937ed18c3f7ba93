package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardQueriesTest {

  @Test
  void findsMetricNamesAndSkipsFunctionsLabelsAndKeywords() {
    assertThat(
            DashboardQueries.metricsIn(
                "histogram_quantile(0.95, sum by (le) (rate(pipeline_latency_seconds_bucket{job=\"x\"}[5m])))"))
        .containsExactly("pipeline_latency_seconds_bucket");
    assertThat(
            DashboardQueries.metricsIn(
                "sum(rate(a_sum[1m])) / sum by (command) (rate(a_count[1m])) + max by (service) (process_cpu_usage)"))
        .containsExactlyInAnyOrder("a_sum", "a_count", "process_cpu_usage");
  }

  @Test
  void readsSampleNamesFromAnExposition() {
    String exposition =
        "# HELP x_total help\n# TYPE x_total counter\nx_total{a=\"b\"} 1.0\ny_seconds_bucket{le=\"0.1\"} 2\nz 3\n";

    assertThat(DashboardQueries.metricsExported(exposition))
        .containsExactlyInAnyOrder("x_total", "y_seconds_bucket", "z");
  }

  @Test
  void theShippedDashboardQueriesSomething() throws Exception {
    assertThat(DashboardQueries.metricsQueried(DashboardQueries.dashboard()))
        .contains("ingest_articles_total", "pipeline_latency_seconds_bucket");
  }
}
