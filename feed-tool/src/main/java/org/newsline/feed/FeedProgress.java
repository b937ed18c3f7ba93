package org.newsline.feed;

import java.time.Duration;

/**
 * Counts so far.
 *
 * @param sent items sent (once each, however often retried)
 * @param skipped items skipped because a previous run had them accepted ({@code --resume})
 * @param elapsed time since the feed started
 * @param total items in the input (counted before the feed), -1 when not known
 */
public record FeedProgress(
    long sent,
    long accepted,
    long duplicate,
    long rejected,
    long skipped,
    Duration elapsed,
    long total) {

  /** Items answered per second. */
  public double articlesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (accepted + duplicate + rejected) / seconds;
  }

  /** One line for humans; with a known total, it starts with share, bar and ETA. */
  public String line() {
    return head()
        + String.format(
            java.util.Locale.ROOT,
            "%,d sent | %.1f articles/s | accepted %,d  duplicate %,d  rejected %,d  skipped %,d",
            sent,
            articlesPerSecond(),
            accepted,
            duplicate,
            rejected,
            skipped);
  }

  /** "40% of 100 [############------------------] ETA 12 s | ", or nothing without a total. */
  private String head() {
    if (total <= 0) {
      return "";
    }
    long done = Math.min(total, sent + skipped);
    double share = (double) done / total;
    String eta = done >= total ? "sent" : Bar.eta(total - done, articlesPerSecond());
    return String.format(
        java.util.Locale.ROOT,
        "%d%% of %,d [%s] %s | ",
        (int) Math.floor(share * 100),
        total,
        Bar.of(share),
        eta);
  }
}
