package org.newsline.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * Photo and image credit lines: "Photo: Jane Roe", "Image source, Agency", "© Agency", a short line
 * naming a photographer and agencies separated by slashes ("Ana Lind / Harbour Press / Wirepix"),
 * or a short line naming a picture agency.
 */
final class PhotoCredits implements ChromeRule {

  private static final int MAX_LENGTH = 120;

  private static final Pattern LABELLED =
      Pattern.compile(
          "^(?:photo(?:graph)?|image|picture|illustration|video|credit|photo credit|image source"
              + "|image caption|source|foto)s?\\s*(?::|,|by\\b|—|–)\\s*\\S.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern COPYRIGHT =
      Pattern.compile("(?:©|\\(c\\)\\s)", Pattern.CASE_INSENSITIVE);

  private static final String NAME = "\\p{Lu}[\\p{L}.'’&-]*(?:\\s\\p{Lu}[\\p{L}.'’&-]*){0,3}";

  private static final Pattern SLASHED_NAMES =
      Pattern.compile("^" + NAME + "(?:\\s/\\s" + NAME + "){1,4}$");

  private static final Pattern AGENCY =
      Pattern.compile(
          "(?:getty images|ap photo|shutterstock|alamy|/\\s?afp|/\\s?reuters|/\\s?epa"
              + "|/\\s?ap\\b|/\\s?tass|/\\s?anadolu)",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    for (int i : page.liveLines()) {
      if (isCredit(page.text(i))) {
        page.remove(i);
      }
    }
  }

  static boolean isCredit(String line) {
    if (line.length() > MAX_LENGTH) {
      return false;
    }
    if (LABELLED.matcher(line).matches() && Page.words(line) <= 12) {
      return true;
    }
    if (COPYRIGHT.matcher(line).find() && Page.words(line) <= 12) {
      return true;
    }
    if (SLASHED_NAMES.matcher(line).matches()) {
      return true;
    }
    return line.length() <= 80 && !Page.endsLikeSentence(line) && AGENCY.matcher(line).find();
  }
}
