package org.newsline.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Section and site tags at the end of a title: {@code "Harbour reopens | World | News"}, {@code
 * "Harbour reopens - Coast Gazette"}. A trailing segment after {@code |}, {@code -}, {@code –},
 * {@code —}, {@code ::} or {@code »} (with spaces around) is cut when it is short (at most four
 * words, {@value #MAX_TAG} characters) and written in title case, and at least three words remain;
 * after a dash it must also be several words or a domain name, since a single word there is usually
 * a quoted speaker.
 */
final class TitleSectionTags {

  static final int MAX_TAG = 40;

  private static final Pattern SEPARATOR = Pattern.compile(" (?:\\||-|–|—|::|») ");
  private static final Pattern TITLE_CASE_WORD =
      Pattern.compile(
          "(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&-]*|of|the|and|for|on|in|&|at|de|[a-z0-9-]+(?:\\.[a-z0-9-]+)+)");

  record Result(String title, List<String> removed) {}

  static Result strip(String title) {
    List<String> removed = new ArrayList<>();
    String current = title;
    while (true) {
      java.util.regex.Matcher m = SEPARATOR.matcher(current);
      int lastStart = -1;
      int lastEnd = -1;
      while (m.find()) {
        lastStart = m.start();
        lastEnd = m.end();
      }
      if (lastStart < 0) {
        break;
      }
      String tag = current.substring(lastEnd).strip();
      String rest = current.substring(0, lastStart).strip();
      boolean dash = current.substring(lastStart, lastEnd).matches(" [-–—] ");
      if (!isTag(tag) || Page.words(rest) < 3 || (dash && !isSiteName(tag))) {
        break;
      }
      removed.add(0, current.substring(lastStart).strip());
      current = rest;
    }
    if (removed.isEmpty()) {
      return new Result(title, List.of());
    }
    return new Result(current, List.of(String.join(" ", removed)));
  }

  /**
   * After a dash a single word is more often a quoted speaker ("Tax rises ruled out - Blair") than
   * a site: only cut several words or a domain name.
   */
  private static boolean isSiteName(String tag) {
    return tag.split(" ").length >= 2 || tag.matches(".*\\.[a-z]{2,}$");
  }

  private static boolean isTag(String tag) {
    if (tag.isEmpty() || tag.length() > MAX_TAG) {
      return false;
    }
    String[] words = tag.split(" ");
    if (words.length > 4) {
      return false;
    }
    for (String word : words) {
      if (!TITLE_CASE_WORD.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }
}
