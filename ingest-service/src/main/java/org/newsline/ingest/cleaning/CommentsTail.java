package org.newsline.ingest.cleaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reader comments. A comments line ("12 comments", "Leave a comment", "Comments (4)", "Join the
 * conversation", "Comments are closed") is removed wherever it is; when it comes in the second half
 * of the body it is the heading of the comment section, and everything after it goes too.
 */
final class CommentsTail implements ChromeRule {

  private static final Pattern COMMENTS =
      Pattern.compile(
          "(?:\\d+\\s+)?(?:reader )?comments?(?:\\s*\\(\\d+\\))?"
              + "|(?:leave|post|add|write) (?:a|your) (?:comment|reply)|leave a reply"
              + "|(?:show|view|load|read|see) (?:all )?(?:\\d+ )?comments"
              + "|join the (?:conversation|discussion)|comments are closed|have your say"
              + "|what do you think\\??|\\d+ (?:responses|replies)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    List<Integer> live = page.liveLines();
    int total = 0;
    for (int i : live) {
      total += page.text(i).length();
    }
    int before = 0;
    for (int n = 0; n < live.size(); n++) {
      int i = live.get(n);
      String line = page.text(i).replaceAll("[:.…]+$", "").strip();
      if (line.length() <= 60 && COMMENTS.matcher(line).matches()) {
        page.remove(i);
        if (before * 2 >= total) {
          for (int rest = n + 1; rest < live.size(); rest++) {
            page.remove(live.get(rest));
          }
          return;
        }
      }
      before += page.text(i).length();
    }
  }
}
