package org.newsline.ingest.cleaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Related-story teasers at the end of the body: the headline-like lines (at most {@value
 * #MAX_WORDS} words, not ending like a sentence; up to {@value #MAX_LINES} of them) that close the
 * body right after a "related" heading ("Related Articles", "Read more", "More on this story",
 * "Further reading", "You may also like"...). The heading itself is usually removed as navigation
 * first. Headline-like lines at the end without such a heading (fixture lists, bylines, credits)
 * are content and stay.
 */
final class TrailingTeasers implements ChromeRule {

  static final int MAX_LINES = 8;
  static final int MAX_WORDS = 25;

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "(?:related(?: articles?| stories| posts| news| content| coverage| links| reading)?"
              + "|read more|read next|more on this (?:story|topic)|more (?:stories|news)(?: from .{1,40})?"
              + "|further reading|see also|you (?:may|might) also like|recommended(?: for you| reading)?"
              + "|most (?:read|popular)|top stories|latest (?:news|stories))[\\s:.…›»-]*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    List<Integer> live = page.liveLines();
    int start = live.size();
    while (start > 0 && live.size() - start < MAX_LINES) {
      String line = page.text(live.get(start - 1));
      if (isRelatedHeading(line) || !isHeadline(line)) {
        break;
      }
      start--;
    }
    if (start == live.size()) {
      return;
    }
    int heading = live.get(start) - 1;
    if (heading < 0 || !isRelatedHeading(page.text(heading))) {
      return;
    }
    page.remove(heading);
    for (int n = start; n < live.size(); n++) {
      page.remove(live.get(n));
    }
  }

  static boolean isRelatedHeading(String line) {
    return RELATED_HEADING.matcher(line.strip()).matches();
  }

  static boolean isHeadline(String line) {
    int words = Page.words(line);
    return words > 0 && words <= MAX_WORDS && !Page.endsLikeSentence(line);
  }
}
