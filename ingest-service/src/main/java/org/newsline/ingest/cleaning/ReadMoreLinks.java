package org.newsline.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * "Read more" calls that {@link NavigationLines} does not know: a short line (at most {@value
 * #MAX_WORDS} words) that only sends the reader elsewhere or further down: "Click here to read
 * more", "Read the full story", "Full story »", "Story continues below advertisement", "Continue
 * reading below", "Keep reading", "See more". A line ending like a sentence counts only up to
 * {@value #MAX_SENTENCE_WORDS} words ("Click here to read more."): "Keep reading the papers, he
 * said." is a sentence and stays.
 */
final class ReadMoreLinks implements ChromeRule {

  static final int MAX_WORDS = 10;
  static final int MAX_SENTENCE_WORDS = 5;

  private static final Pattern CALL =
      Pattern.compile(
          "^[\\s›»→>•·(\\[-]*(?:(?:click|tap|press) here\\b"
              + "|read (?:the )?(?:full|whole|entire|complete|rest of (?:the|this))\\b"
              + "|(?:the )?full (?:story|article|report|interview|text|coverage)\\b"
              + "|(?:the )?(?:story|article|text|report|page) continues\\b"
              + "|continue (?:reading|below|to (?:the )?(?:full )?(?:article|story))\\b"
              + "|keep (?:reading|scrolling)\\b|read on\\b"
              + "|(?:see|view|show) (?:more|all|full|the full)\\b|more\\s*[»›→>]).*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    for (int i : page.liveLines()) {
      if (isCall(page.text(i))) {
        page.remove(i);
      }
    }
  }

  static boolean isCall(String line) {
    int words = Page.words(line);
    return words <= MAX_WORDS
        && (words <= MAX_SENTENCE_WORDS || !Page.endsLikeSentence(line))
        && CALL.matcher(line.strip()).matches();
  }
}
