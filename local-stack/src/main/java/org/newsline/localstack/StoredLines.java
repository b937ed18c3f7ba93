package org.newsline.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsline.feed.StoreProgress;

/**
 * The wait for the store on the console: a line with the bar every few seconds while articles are
 * still on their way (enrichment is the slow part: about 25 articles a second on 2 cores), with how
 * many wait to be enriched and to be stored, and the last one; nothing for a wait that ends at the
 * first look.
 */
final class StoredLines implements Consumer<StoreProgress> {

  static final Duration EVERY = Duration.ofSeconds(3);

  private final PrintStream out;
  private final Supplier<PipelineQueues> queues;
  private Duration lastShown;

  StoredLines(PrintStream out) {
    this(out, () -> null);
  }

  /**
   * @param queues where the rest are (null when not known yet), added to each line before the end
   */
  StoredLines(PrintStream out, Supplier<PipelineQueues> queues) {
    this.out = out;
    this.queues = queues;
  }

  @Override
  public void accept(StoreProgress progress) {
    boolean first = lastShown == null;
    if (first && progress.done()) {
      return;
    }
    if (first || progress.done() || progress.elapsed().minus(lastShown).compareTo(EVERY) >= 0) {
      lastShown = progress.elapsed();
      PipelineQueues where = progress.done() ? null : queues.get();
      out.println("  " + progress.line() + (where == null ? "" : "; " + where.line()));
    }
  }
}
