package org.newsline.ingest.cleaning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines that occur more than once in the body: repeated photo captions, related-story teasers shown
 * twice, a scraper's duplicated paragraph. Removed everywhere: a repeated caption-length line
 * ({@value #MIN_CAPTION} to {@value #MAX_SHORT} characters), and a repeated shorter line without
 * sentence punctuation when it recurs together with its neighbour (a heading and its teaser shown
 * twice). A repeated long paragraph keeps its first occurrence. Short repeated lines on their own
 * ("Yes.", "- Blair", "2000 GMT" in a list) are content and stay.
 */
final class RepeatedLines implements ChromeRule {

  static final int MAX_SHORT = 200;
  static final int MIN_CAPTION = 40;

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    List<Integer> live = page.liveLines();
    List<String> keys = live.stream().map(i -> Page.key(page.text(i))).toList();
    Map<String, Integer> counts = new HashMap<>();
    keys.forEach(k -> counts.merge(k, 1, Integer::sum));
    Map<String, Integer> firstOf = new HashMap<>();
    for (int n = 0; n < live.size(); n++) {
      String key = keys.get(n);
      if (key.isEmpty() || counts.get(key) < 2) {
        continue;
      }
      firstOf.putIfAbsent(key, n);
      String line = page.text(live.get(n));
      if (line.length() > MAX_SHORT) {
        if (firstOf.get(key) != n) {
          page.remove(live.get(n));
        }
      } else if (line.length() >= MIN_CAPTION || recursWithNeighbour(keys, counts, n)) {
        page.remove(live.get(n));
      }
    }
  }

  /** Line n and the line after (or before) it both recur, as the same pair, elsewhere. */
  private static boolean recursWithNeighbour(
      List<String> keys, Map<String, Integer> counts, int n) {
    for (int m = 0; m < keys.size(); m++) {
      if (m == n || !keys.get(m).equals(keys.get(n))) {
        continue;
      }
      if (n + 1 < keys.size()
          && m + 1 < keys.size()
          && m + 1 != n
          && keys.get(n + 1).equals(keys.get(m + 1))
          && counts.get(keys.get(n + 1)) >= 2) {
        return true;
      }
      if (n > 0
          && m > 0
          && m - 1 != n
          && keys.get(n - 1).equals(keys.get(m - 1))
          && counts.get(keys.get(n - 1)) >= 2) {
        return true;
      }
    }
    return false;
  }
}
