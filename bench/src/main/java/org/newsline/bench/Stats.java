package org.newsline.bench;

import java.util.Arrays;
import java.util.List;

/** Small statistics for the benchmarks: percentiles (nearest rank), mean, least-squares line. */
public final class Stats {

  private Stats() {}

  /**
   * The nearest-rank percentile: the smallest value with at least {@code p} percent of the values
   * at or below it. {@code p} in (0, 100].
   */
  public static double percentile(double[] values, double p) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  public static double percentile(List<? extends Number> values, double p) {
    return percentile(values.stream().mapToDouble(Number::doubleValue).toArray(), p);
  }

  public static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }

  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * A least-squares line {@code y = intercept + slope * x}.
   *
   * @param residualSd standard deviation of the residuals
   * @param r2 coefficient of determination
   */
  public record Line(double intercept, double slope, double residualSd, double r2) {
    public double at(double x) {
      return intercept + slope * x;
    }
  }

  public static Line fit(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two or more (x, y) pairs");
    }
    double mx = mean(x);
    double my = mean(y);
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxx += (x[i] - mx) * (x[i] - mx);
      sxy += (x[i] - mx) * (y[i] - my);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("all x are equal");
    }
    double slope = sxy / sxx;
    double intercept = my - slope * mx;
    double sse = 0;
    for (int i = 0; i < x.length; i++) {
      double r = y[i] - (intercept + slope * x[i]);
      sse += r * r;
    }
    double sd = Math.sqrt(sse / Math.max(1, x.length - 2));
    double r2 = syy == 0 ? 1 : 1 - sse / syy;
    return new Line(intercept, slope, sd, r2);
  }
}
