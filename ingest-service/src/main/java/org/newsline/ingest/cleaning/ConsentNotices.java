package org.newsline.ingest.cleaning;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cookie and consent banners. A short paragraph (at most {@value #MAX_LENGTH} characters, quoting
 * no one) is a notice when it talks about cookies, tracking or the reader's privacy ({@code
 * consent-terms.txt}), in the site's own voice ("we", "our", "this website") and asking for consent
 * or addressing the reader ({@code consent-actions.txt}): "We use cookies. Accept all". The rows of
 * buttons next to a notice ("Accept all Reject all Manage preferences": short lines made only of
 * {@code consent-buttons.txt} words) go with it. News about cookies ("regulators said websites must
 * ask before setting cookies") does not speak for the site and is kept.
 */
final class ConsentNotices implements ChromeRule {

  static final int MAX_LENGTH = 600;
  static final int MAX_BUTTON_WORDS = 10;

  private static final Pattern TERMS = WordList.pattern("consent-terms.txt");
  private static final Pattern ACTIONS = WordList.pattern("consent-actions.txt");
  private static final Set<String> BUTTON_WORDS = WordList.words("consent-buttons.txt");

  /** The site speaking ("US" the country does not count). */
  private static final Pattern SITE =
      Pattern.compile(
          "\\b(?:[Ww]e|[Ww]e[’']d|[Oo]ur|us|[Tt]his (?:site|website|web site|page))\\b");

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    List<List<Integer>> paragraphs = page.liveParagraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (!isNotice(page.joined(paragraphs.get(p)))) {
        continue;
      }
      paragraphs.get(p).forEach(page::remove);
      for (int q = p - 1; q >= 0 && isButtonRow(page.joined(paragraphs.get(q))); q--) {
        paragraphs.get(q).forEach(page::remove);
      }
      for (int q = p + 1;
          q < paragraphs.size() && isButtonRow(page.joined(paragraphs.get(q)));
          q++) {
        paragraphs.get(q).forEach(page::remove);
      }
    }
  }

  static boolean isNotice(String text) {
    return text.length() <= MAX_LENGTH
        && text.indexOf('“') < 0
        && text.indexOf('"') < 0
        && TERMS.matcher(text).find()
        && SITE.matcher(text).find()
        && ACTIONS.matcher(text).find();
  }

  static boolean isButtonRow(String text) {
    String key = Page.key(text);
    if (key.isEmpty()
        || Page.words(text) > MAX_BUTTON_WORDS
        || Page.endsLikeSentence(text)
        || !ACTIONS.matcher(text).find()) {
      return false;
    }
    for (String word : key.split(" ")) {
      if (!BUTTON_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
