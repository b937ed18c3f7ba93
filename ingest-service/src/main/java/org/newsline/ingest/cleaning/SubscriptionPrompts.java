package org.newsline.ingest.cleaning;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Newsletter and subscription prompts: a short paragraph (at most {@value #MAX_LENGTH} characters
 * and {@value #MAX_SENTENCES} sentences, quoting no one) about a newsletter, the reader's inbox, a
 * subscription or logging in ({@code subscription-terms.txt}) that addresses the reader ("you",
 * "your") or opens in the imperative ({@code prompt-openers.txt}): "Sign up for our free daily
 * newsletter", "Enter your email address", "Already a subscriber? Log in to continue reading".
 * Headline-like neighbours about the same ("Get the morning briefing") go with it. News about
 * subscriptions ("Subscribers rose to 2.1 million, the firm said") addresses no one and is kept.
 */
final class SubscriptionPrompts implements ChromeRule {

  static final int MAX_LENGTH = 300;
  static final int MAX_SENTENCES = 2;
  static final int MAX_HEADLINE_WORDS = 12;

  private static final Pattern TERMS = WordList.pattern("subscription-terms.txt");
  private static final Set<String> OPENERS = WordList.words("prompt-openers.txt");
  private static final Pattern READER =
      Pattern.compile("\\b(?:you|your)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…]+(?:\\s|$)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]$");

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    List<List<Integer>> paragraphs = page.liveParagraphs();
    boolean[] prompt = new boolean[paragraphs.size()];
    for (int p = 0; p < paragraphs.size(); p++) {
      prompt[p] = isPrompt(page.joined(paragraphs.get(p)));
    }
    for (int p = 0; p < paragraphs.size(); p++) {
      boolean neighbour = (p > 0 && prompt[p - 1]) || (p + 1 < paragraphs.size() && prompt[p + 1]);
      if (prompt[p] || (neighbour && isPromptHeadline(page.joined(paragraphs.get(p))))) {
        paragraphs.get(p).forEach(page::remove);
      }
    }
  }

  static boolean isPrompt(String text) {
    if (text.length() > MAX_LENGTH
        || text.indexOf('“') >= 0
        || text.indexOf('"') >= 0
        || sentences(text) > MAX_SENTENCES
        || !TERMS.matcher(text).find()) {
      return false;
    }
    String first = text.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replace('’', '\'');
    return READER.matcher(text).find() || OPENERS.contains(first);
  }

  /** A heading about a newsletter or subscription, kept unless it sits next to a prompt. */
  static boolean isPromptHeadline(String text) {
    int words = Page.words(text);
    return words > 0
        && words <= MAX_HEADLINE_WORDS
        && !Page.endsLikeSentence(text)
        && TERMS.matcher(text).find();
  }

  private static int sentences(String text) {
    int count = 0;
    java.util.regex.Matcher m = SENTENCE_BREAK.matcher(text.strip());
    while (m.find()) {
      count++;
    }
    return SENTENCE_END.matcher(text.strip()).find() ? count : count + 1;
  }
}
