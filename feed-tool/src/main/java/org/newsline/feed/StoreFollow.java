package org.newsline.feed;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/** {@code --store-url}: after sending, the acknowledged articles followed to the store. */
final class StoreFollow {

  /** Between two looks at the store. */
  private static final Duration STORE_POLL = Duration.ofMillis(500);

  private final PrintStream out;
  private final PrintStream err;
  private final boolean quiet;
  private final Duration timeout;

  StoreFollow(PrintStream out, PrintStream err, boolean quiet, Duration timeout) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.timeout = timeout;
  }

  /**
   * Polls the store until it holds every acknowledged article or {@code --store-timeout} passes,
   * with a progress line (unless quiet); false when some were not stored in time (or the store
   * cannot be asked).
   */
  boolean follow(StoreWatch watch) {
    StoreProgress progress;
    try {
      progress =
          watch.awaitAll(
              timeout,
              STORE_POLL,
              look -> {
                if (!quiet) {
                  err.print("\r" + look.line() + "   ");
                  err.flush();
                }
              });
    } catch (IOException e) {
      out.println("  store: " + e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    if (!quiet) {
      err.println();
    }
    out.printf(
        java.util.Locale.ROOT,
        "store %s: %,d of %,d acknowledged articles stored, %.1f s after the last was sent%n",
        progress.done() ? "done" : "not done",
        progress.stored(),
        progress.acknowledged(),
        progress.elapsed().toMillis() / 1000.0);
    return progress.done();
  }
}
