package org.newsline.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * One- or two-word section labels above the article ("stories", "WORLD", "Opinion"): short lines
 * without sentence punctuation before the first line of prose, written all in lower case, all in
 * capitals, or as a single capitalised word. A caption that recurs further down does not count as
 * prose here.
 */
final class LeadingLabels implements ChromeRule {

  private static final Pattern LOWER = Pattern.compile("^[\\p{Ll}\\p{N}&/ -]+$");
  private static final Pattern UPPER = Pattern.compile("^[\\p{Lu}\\p{N}&/ -]+$");
  private static final Pattern ONE_WORD = Pattern.compile("^\\p{Lu}\\p{Ll}+$");

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    for (int i : page.liveLines()) {
      String line = page.text(i);
      if (Page.isProse(line) && page.liveOccurrences(i) == 1) {
        return;
      }
      if (isLabel(line)) {
        page.remove(i);
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
