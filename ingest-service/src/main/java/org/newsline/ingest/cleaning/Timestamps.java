package org.newsline.ingest.cleaning;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Timestamps above or below the article: a short line (at most {@value #MAX_WORDS} words) outside
 * the prose ({@link Page#edgeLines}) made only of numbers, timestamp words ({@code
 * timestamp-words.txt}), months and weekdays ({@code timestamp-anchors.txt}) and relative words
 * ({@code timestamp-relative.txt}), dated by a month or weekday with a number, a relative word, or
 * a date or time written in figures: "Published 22 April 2025, 08:15 BST", "Updated 3 hours ago",
 * "22/04/2025". A dated heading between paragraphs (a diary, a live page) is not at the edge and
 * stays.
 */
final class Timestamps implements ChromeRule {

  static final int MAX_WORDS = 14;

  private static final Set<String> WORDS = WordList.words("timestamp-words.txt");
  private static final Set<String> ANCHORS = WordList.words("timestamp-anchors.txt");
  private static final Set<String> RELATIVE = WordList.words("timestamp-relative.txt");

  /** "08:15", "09.30", "22/04/2025", "2025-04-22"; a bare number or a score ("3-1") is not. */
  private static final Pattern DATE_OR_TIME =
      Pattern.compile("\\b(?:\\d{1,2}[:.]\\d{2}|\\d{1,4}([/.-])\\d{1,2}\\1\\d{2,4})\\b");

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    for (int i : page.edgeLines()) {
      if (isTimestamp(page.text(i))) {
        page.remove(i);
      }
    }
  }

  static boolean isTimestamp(String line) {
    String key = Page.key(line);
    if (key.isEmpty() || Page.words(line) > MAX_WORDS) {
      return false;
    }
    boolean dateWord = false;
    boolean number = false;
    boolean relative = false;
    for (String word : key.split(" ")) {
      boolean digits = word.chars().allMatch(Character::isDigit) || ordinal(word);
      boolean date = ANCHORS.contains(word);
      boolean rel = RELATIVE.contains(word);
      if (!digits && !date && !rel && !WORDS.contains(word)) {
        return false;
      }
      number |= digits;
      dateWord |= date;
      relative |= rel;
    }
    return (dateWord && number) || relative || DATE_OR_TIME.matcher(line).find();
  }

  /** "22nd", "1st". */
  private static boolean ordinal(String word) {
    return word.matches("\\d{1,2}(?:st|nd|rd|th)");
  }
}
