package org.newsline.ingest.cleaning;

import java.util.HashSet;
import java.util.Set;

/**
 * Lines that occur more than once in the body: repeated photo captions, related-story teasers shown
 * twice, repeated headings. A repeated short line that does not end like a sentence (a heading, a
 * teaser) or a repeated caption-length sentence ({@value #MIN_CAPTION} to {@value #MAX_SHORT}
 * characters) is removed everywhere; a repeated long paragraph keeps its first occurrence (a
 * scraper's duplicate). Very short sentences ("Yes.") are left alone.
 */
final class RepeatedLines implements ChromeRule {

  static final int MAX_SHORT = 200;
  static final int MIN_CAPTION = 40;

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    Set<String> seen = new HashSet<>();
    java.util.Map<String, Integer> firstOf = new java.util.HashMap<>();
    java.util.List<Integer> repeated = new java.util.ArrayList<>();
    for (int i : page.liveLines()) {
      String key = Page.key(page.text(i));
      if (key.isEmpty()) {
        continue;
      }
      if (!seen.add(key)) {
        repeated.add(i);
      } else {
        firstOf.put(key, i);
      }
    }
    for (int i : repeated) {
      String line = page.text(i);
      int first = firstOf.get(Page.key(line));
      if (line.length() <= MAX_SHORT) {
        if (!Page.endsLikeSentence(line) || line.length() >= MIN_CAPTION) {
          page.remove(first);
          page.remove(i);
        }
      } else {
        page.remove(i);
      }
    }
  }
}
