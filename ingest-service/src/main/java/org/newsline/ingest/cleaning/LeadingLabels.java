package org.newsline.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * One- or two-word section labels above the article ("stories", "WORLD", "Opinion"): short lines
 * without sentence punctuation before the first line of prose, written all in lower case, all in
 * capitals, or as a single capitalised word, without digits (a kick-off time, "2000 GMT", is not a
 * label). Without any prose nothing is removed. A caption that recurs further down does not count
 * as prose here.
 */
final class LeadingLabels implements ChromeRule {

  private static final Pattern LOWER = Pattern.compile("^[\\p{Ll}&/ -]+$");
  private static final Pattern UPPER = Pattern.compile("^[\\p{Lu}&/ -]+$");
  private static final Pattern ONE_WORD = Pattern.compile("^\\p{Lu}\\p{Ll}+$");

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    java.util.List<Integer> live = page.liveLines();
    int firstProse = -1;
    for (int n = 0; n < live.size() && firstProse < 0; n++) {
      int i = live.get(n);
      if (Page.isProse(page.text(i)) && page.liveOccurrences(i) == 1) {
        firstProse = n;
      }
    }
    for (int n = 0; n < firstProse; n++) {
      if (isLabel(page.text(live.get(n)))) {
        page.remove(live.get(n));
      }
    }
  }

  static boolean isLabel(String line) {
    if (line.length() > 24 || Page.words(line) > 2 || Page.words(line) == 0) {
      return false;
    }
    return LOWER.matcher(line).matches()
        || UPPER.matcher(line).matches()
        || ONE_WORD.matcher(line).matches();
  }
}
