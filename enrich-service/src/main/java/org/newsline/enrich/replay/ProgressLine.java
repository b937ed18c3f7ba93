package org.newsline.enrich.replay;

import java.time.Duration;
import java.util.Locale;

/**
 * One progress line of a replay: records done of the total (from the replay group's committed
 * offsets against the recorded end offsets), the share, the rate since this run began and the time
 * left at that rate.
 */
record ProgressLine(long done, long total, long doneThisRun, Duration elapsed) {

  private static final int BAR_WIDTH = 30;

  double ratePerSecond() {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? 0 : doneThisRun / seconds;
  }

  /** Time left at this run's rate so far; null before anything is done. */
  Duration eta() {
    double rate = ratePerSecond();
    return rate <= 0 ? null : Duration.ofSeconds(Math.round((total - done) / rate));
  }

  @Override
  public String toString() {
    double share = total == 0 ? 1 : (double) done / total;
    int filled = (int) Math.floor(share * BAR_WIDTH);
    Duration eta = eta();
    return String.format(
        Locale.ROOT,
        "replay [%s%s] %d/%d (%.1f%%) %.1f records/s ETA %s",
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        done,
        total,
        share * 100,
        ratePerSecond(),
        eta == null ? "-" : clock(eta));
  }

  static String clock(Duration duration) {
    long s = duration.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
