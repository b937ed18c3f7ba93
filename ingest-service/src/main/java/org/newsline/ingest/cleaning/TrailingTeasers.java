package org.newsline.ingest.cleaning;

import java.util.List;

/**
 * Related-story teasers at the end of the body: a run of up to {@value #MAX_LINES} trailing lines
 * that read like headlines (at most {@value #MAX_WORDS} words, not ending like a sentence). Only
 * removed when running prose remains before them, so a short article is never emptied.
 */
final class TrailingTeasers implements ChromeRule {

  static final int MAX_LINES = 8;
  static final int MAX_WORDS = 25;

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    List<Integer> live = page.liveLines();
    int start = live.size();
    while (start > 0
        && live.size() - start < MAX_LINES
        && isHeadline(page.text(live.get(start - 1)))) {
      start--;
    }
    if (start == live.size()) {
      return;
    }
    boolean proseBefore = false;
    for (int n = 0; n < start; n++) {
      proseBefore |= Page.isProse(page.text(live.get(n)));
    }
    if (!proseBefore) {
      return;
    }
    for (int n = start; n < live.size(); n++) {
      page.remove(live.get(n));
    }
  }

  static boolean isHeadline(String line) {
    int words = Page.words(line);
    return words > 0 && words <= MAX_WORDS && !Page.endsLikeSentence(line);
  }
}
