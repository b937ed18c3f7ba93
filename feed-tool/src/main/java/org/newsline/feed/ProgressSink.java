package org.newsline.feed;

/** Receives progress while a feed runs; called from the feeding thread. */
public interface ProgressSink {

  /** Called after each batch and at least every half second of waiting. */
  void progress(FeedProgress progress);

  /**
   * Called for each item the service acknowledged (accepted, or a duplicate of one it had), with
   * the article id it answered: for a caller that follows the articles further down the pipeline.
   */
  default void acknowledged(String id) {}

  /** Called once at the end. */
  default void finished(FeedSummary summary) {}

  /** A sink that ignores everything. */
  static ProgressSink none() {
    return p -> {};
  }
}
