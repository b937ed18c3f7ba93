package org.newsline.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * Navigation and button lines: "Skip to main content", "Back to top", "Related Articles", "Read
 * more", share and subscribe buttons, "Advertisement", a row of social network names. Only whole
 * short lines (at most {@value #MAX_LENGTH} characters) are removed; the same words inside a
 * sentence are left alone.
 */
final class NavigationLines implements ChromeRule {

  static final int MAX_LENGTH = 80;

  private static final String NETWORK =
      "(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|reddit|telegram|pinterest|print|copy link"
          + "|messenger|bluesky|threads|mastodon|flipboard|sms)";

  private static final Pattern NAVIGATION =
      Pattern.compile(
          "(?:skip (?:to )?(?:the )?(?:main )?(?:content|navigation|article)|skip navigation"
              + "|jump to (?:main )?content|back to top(?: button)?|go to top|scroll to top"
              + "|top of (?:the )?page"
              + "|related(?: articles?| stories| posts| news| content| coverage| links| topics"
              + "| reading)?"
              + "|more (?:stories|news|articles|on this story|on this topic|from [^.!?]{1,40})"
              + "|read more(?:[: ].{0,60})?|read next|read also|also read|see also|further reading"
              + "|you (?:may|might) also like|recommended(?: for you| reading| stories)?"
              + "|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories"
              + "|latest (?:news|stories)|continue reading|show more|load more|view more"
              + "|advertisement|advertising|sponsored(?: content)?"
              + "|share(?: this)?(?: article| story| post| page| link)?(?: on [^.!?]{1,20})?"
              + "|share via [^.!?]{1,20}|tweet(?: this)?|pin it|e-?mail(?: this)?(?: article)?"
              + "|print(?: this)?(?: article| page)?|copy(?: the)? link|link copied"
              + "|subscribe(?: now| today| here| for free| to [^.!?]{1,40})?"
              + "|sign up(?: now| here| for [^.!?]{1,40})?|follow us(?: on [^.!?]{1,40})?"
              + "|get (?:our|the) newsletter|newsletter(?: sign-?up)?|log ?in|sign in|register"
              + "|open menu|menu|search|close|home|cookie settings|accept(?: all)? cookies"
              + "|listen to (?:this )?article|\\d+ min(?:ute)?s? read"
              + "|"
              + NETWORK
              + "(?:[\\s,|/·•]+"
              + NETWORK
              + ")*)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DECORATION =
      Pattern.compile("^[\\s›»→←↑▲▼>•·|:…-]+|[\\s›»→←↑▲▼>•·|:…-]+$");

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    for (int i : page.liveLines()) {
      if (isNavigation(page.text(i))) {
        page.remove(i);
      }
    }
  }

  static boolean isNavigation(String line) {
    if (line.length() > MAX_LENGTH) {
      return false;
    }
    String bare = DECORATION.matcher(line).replaceAll("");
    // "X" alone is more likely content than a share button.
    return !bare.isEmpty() && !bare.equalsIgnoreCase("x") && NAVIGATION.matcher(bare).matches();
  }
}
