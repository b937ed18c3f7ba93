package org.newsline.ingest.cleaning;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Timestamps above or below the article: a short line (at most {@value #MAX_WORDS} words) outside
 * the prose ({@link Page#edgeLines}) made only of numbers and timestamp words (the {@code
 * timestamp-*.txt} lists) that dates the page itself: a relative time ("Updated 3 hours ago"), a
 * date or time in figures ("22/04/2025", "08:15"), or a month or weekday with a number and either a
 * year or a publication label ("Published 22 April", "Tue 22 Apr 2025"). A day without a year or
 * label ("Friday, 25 February" above a match preview) is the date of an event and stays, as does a
 * dated heading between paragraphs (a diary, a live page), which is not at the edge.
 */
final class Timestamps implements ChromeRule {

  static final int MAX_WORDS = 14;

  private static final Set<String> WORDS = WordList.words("timestamp-words.txt");
  private static final Set<String> ANCHORS = WordList.words("timestamp-anchors.txt");
  private static final Set<String> RELATIVE = WordList.words("timestamp-relative.txt");
  private static final Set<String> LABELS = WordList.words("timestamp-labels.txt");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

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
    boolean label = false;
    for (String word : key.split(" ")) {
      boolean digits = word.chars().allMatch(Character::isDigit) || ordinal(word);
      boolean date = ANCHORS.contains(word);
      boolean rel = RELATIVE.contains(word);
      boolean lab = LABELS.contains(word);
      if (!digits && !date && !rel && !lab && !WORDS.contains(word)) {
        return false;
      }
      number |= digits;
      dateWord |= date;
      relative |= rel;
      label |= lab;
    }
    if (relative || DATE_OR_TIME.matcher(line).find()) {
      return true;
    }
    return dateWord && number && (label || YEAR.matcher(line).find());
  }

  /** "22nd", "1st". */
  private static boolean ordinal(String word) {
    return word.matches("\\d{1,2}(?:st|nd|rd|th)");
  }
}
