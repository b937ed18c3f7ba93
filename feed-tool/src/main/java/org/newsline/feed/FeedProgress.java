package org.newsline.feed;

import java.time.Duration;

/**
 * Counts so far.
 *
 * @param sent items sent (once each, however often retried)
 * @param skipped items skipped because a previous run had them accepted ({@code --resume})
 * @param elapsed time since the feed started
 */
public record FeedProgress(
    long sent, long accepted, long duplicate, long rejected, long skipped, Duration elapsed) {

  /** Items answered per second. */
  public double articlesPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (accepted + duplicate + rejected) / seconds;
  }

  /** One line for humans. */
  public String line() {
    return String.format(
        java.util.Locale.ROOT,
        "%,d sent | %.1f articles/s | accepted %,d  duplicate %,d  rejected %,d  skipped %,d",
        sent,
        articlesPerSecond(),
        accepted,
        duplicate,
        rejected,
        skipped);
  }
}
