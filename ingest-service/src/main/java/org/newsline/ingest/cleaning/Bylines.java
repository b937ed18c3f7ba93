package org.newsline.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * Bylines above or below the article: a short line (at most {@value #MAX_WORDS} words) outside the
 * prose ({@link Page#edgeLines}) that credits people by name, "By Mara Quist", "By Mara Quist and
 * Jonas Berg, Harbour correspondents", "Reporting by Ana Lind; Editing by Tom Vale", optionally
 * followed by a role or a date after a separator. The same words inside the text ("By Monday the
 * quay had reopened.") are prose or not at the edge, and stay.
 */
final class Bylines implements ChromeRule {

  static final int MAX_WORDS = 16;

  private static final String NAME =
      "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|der|den|da|di|du|al|el|bin|le|la)\\s+)*"
          + "\\p{Lu}[\\p{L}'’.-]*){0,3}";

  private static final String NAMES = NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*";

  private static final String CREDIT =
      "(?i:(?:(?:written|words|reporting|reported|additional reporting|text|story|photos?|pictures?"
          + "|analysis|editing|edited|compiled|graphics|video)\\s+)?by)\\s+"
          + NAMES;

  private static final Pattern BYLINE =
      Pattern.compile(
          "^" + CREDIT + "(?:\\s*[;,]?\\s*" + CREDIT + ")*(?:\\s*[,|•·–—-]\\s*[^.!?]{1,60})?\\.?$");

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    for (int i : page.edgeLines()) {
      if (isByline(page.text(i))) {
        page.remove(i);
      }
    }
  }

  static boolean isByline(String line) {
    return Page.words(line) <= MAX_WORDS && BYLINE.matcher(line.strip()).matches();
  }
}
