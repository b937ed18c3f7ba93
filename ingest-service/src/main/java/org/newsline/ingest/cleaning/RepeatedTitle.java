package org.newsline.ingest.cleaning;

/**
 * The title repeated at the top of the body, once or several times, with or without its section
 * tags: every leading live line equal to the title (ignoring case, punctuation and quotes) is
 * removed, up to the first line that is not.
 */
final class RepeatedTitle implements ChromeRule {

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    String rawKey = Page.key(title);
    String cleanKey = Page.key(cleanTitle);
    if (rawKey.isEmpty() && cleanKey.isEmpty()) {
      return;
    }
    for (int i : page.liveLines()) {
      String key = Page.key(page.text(i));
      if (!key.isEmpty() && (key.equals(rawKey) || key.equals(cleanKey))) {
        page.remove(i);
      } else {
        return;
      }
    }
  }
}
