package org.newsline.feed;

import java.time.Duration;
import java.util.Locale;

/**
 * How far the acknowledged articles have got to the store, as one line with a bar: {@code stored
 * 1,830 of 2,225 (82%) [################----] 25.1 articles/s, ETA 16 s}.
 *
 * @param stored acknowledged articles the store holds
 * @param acknowledged articles ingest acknowledged
 * @param elapsed since the store was first asked
 * @param storedAtStart stored at the first look (the rate counts what came after)
 */
public record StoreProgress(long stored, long acknowledged, Duration elapsed, long storedAtStart) {

  /** Articles stored per second since the first look. */
  public double rate() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : (stored - storedAtStart) / seconds;
  }

  public boolean done() {
    return stored >= acknowledged;
  }

  /** One line for humans. */
  public String line() {
    double share = acknowledged == 0 ? 1 : (double) stored / acknowledged;
    String eta = done() ? "all stored" : Bar.eta(acknowledged - stored, rate());
    return String.format(
        Locale.ROOT,
        "stored %,d of %,d (%d%%) [%s] %.1f articles/s, %s",
        stored,
        acknowledged,
        (int) Math.floor(share * 100),
        Bar.of(share),
        rate(),
        eta);
  }
}
