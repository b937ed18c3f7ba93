package org.newsline.feed;

/** The progress bar and ETA the send line and the store line share. */
final class Bar {

  /** Characters in a bar. */
  static final int WIDTH = 30;

  private Bar() {}

  /** {@code share} (0 to 1) of {@value #WIDTH} as {@code #}, the rest as {@code -}. */
  static String of(double share) {
    int filled = (int) Math.round(share * WIDTH);
    return "#".repeat(filled) + "-".repeat(WIDTH - filled);
  }

  /** "ETA 12 s" for {@code left} items at {@code rate} a second, "ETA unknown" at no rate yet. */
  static String eta(long left, double rate) {
    return rate <= 0 ? "ETA unknown" : "ETA " + Math.round(left / rate) + " s";
  }
}
