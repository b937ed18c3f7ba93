package org.newsline.feed;

import java.util.List;

/**
 * The result of a feed.
 *
 * @param progress the final counts
 * @param rejections the first rejections (key and reason), at most {@value Feeder#MAX_REPORTED}
 * @param error why the feed stopped early, or null when it read the whole input
 */
public record FeedSummary(FeedProgress progress, List<String> rejections, String error) {

  public FeedSummary {
    rejections = List.copyOf(rejections);
  }

  public boolean completed() {
    return error == null;
  }

  /** Process exit code: 0 all accepted or duplicate, 1 some rejected, 2 stopped early. */
  public int exitCode() {
    if (error != null) {
      return 2;
    }
    return progress.rejected() > 0 ? 1 : 0;
  }
}
