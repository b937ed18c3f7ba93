package org.newsline.ingest.cleaning;

/** One kind of site chrome: marks the lines of a page it recognises as removed. */
interface ChromeRule {

  /**
   * Marks chrome lines of {@code page} as removed.
   *
   * @param title the article's title as given (before its section tags were cut), may be empty
   * @param cleanTitle the title after {@link TitleSectionTags}, may be empty
   */
  void apply(Page page, String title, String cleanTitle);
}
