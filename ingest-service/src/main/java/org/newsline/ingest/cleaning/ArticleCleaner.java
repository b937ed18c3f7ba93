package org.newsline.ingest.cleaning;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises an article's title and body ({@link TextNormaliser}) and removes site chrome,
 * recording every removed line. Rules run in this order, each seeing only lines the earlier ones
 * left: navigation lines, photo credits, cookie and consent notices, share bars, newsletter and
 * subscription prompts, "read more" calls, bylines and timestamps outside the prose, leading
 * section labels, repeated lines (captions, teasers), the title repeated at the top, donation
 * appeals, the comments tail, trailing teasers. Section tags are cut from the end of the title
 * first. Stateless and thread-safe.
 */
public final class ArticleCleaner {

  private static final List<ChromeRule> BEFORE_TITLE =
      List.of(
          new NavigationLines(),
          new PhotoCredits(),
          new ConsentNotices(),
          new ShareBars(),
          new SubscriptionPrompts(),
          new ReadMoreLinks(),
          new Bylines(),
          new Timestamps(),
          new LeadingLabels());

  private static final List<ChromeRule> AFTER_TITLE =
      List.of(
          new RepeatedLines(),
          new RepeatedTitle(),
          new DonationAppeals(),
          new CommentsTail(),
          new TrailingTeasers());

  /** Cleans an article whose title was given separately (JSON, HTML). */
  public CleanedText clean(String title, String body) {
    return clean(title, body, (rule, removed) -> {});
  }

  /** What one rule removed from the body, in document order (for measuring the rules). */
  interface RuleObserver {
    void removed(ChromeRule rule, List<String> lines);
  }

  /** {@link #clean(String, String)}, telling {@code observer} what each rule removed. */
  CleanedText clean(String title, String body, RuleObserver observer) {
    String rawTitle = TextNormaliser.line(title);
    TitleSectionTags.Result tags = TitleSectionTags.strip(rawTitle);
    Page page = new Page(TextNormaliser.text(body));
    apply(BEFORE_TITLE, page, rawTitle, tags.title(), observer);
    apply(AFTER_TITLE, page, rawTitle, tags.title(), observer);
    return result(tags, page);
  }

  private static void apply(
      List<ChromeRule> rules, Page page, String title, String cleanTitle, RuleObserver observer) {
    for (ChromeRule rule : rules) {
      List<String> before = page.removed();
      rule.apply(page, title, cleanTitle);
      List<String> after = page.removed();
      if (after.size() > before.size()) {
        observer.removed(rule, newlyRemoved(before, after));
      }
    }
  }

  /** The lines of {@code after} not in {@code before}; both are in document order. */
  private static List<String> newlyRemoved(List<String> before, List<String> after) {
    List<String> out = new ArrayList<>();
    int b = 0;
    for (String line : after) {
      if (b < before.size() && before.get(b).equals(line)) {
        b++;
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * Cleans a plain-text article whose first line is the title. Chrome above the title (navigation,
   * credits, section labels, a caption that recurs further down) is skipped: the title is the first
   * line that is none of these.
   */
  public CleanedText cleanPlainText(String text) {
    return cleanPlainText(text, (rule, removed) -> {});
  }

  /** {@link #cleanPlainText(String)}, telling {@code observer} what each rule removed. */
  CleanedText cleanPlainText(String text, RuleObserver observer) {
    Page page = new Page(TextNormaliser.text(text));
    apply(BEFORE_TITLE, page, "", "", observer);
    String rawTitle = "";
    for (int i : page.liveLines()) {
      String line = page.text(i);
      boolean recurringCaption = Page.endsLikeSentence(line) && page.liveOccurrences(i) > 1;
      if (!recurringCaption) {
        rawTitle = line;
        page.consume(i);
        break;
      }
    }
    TitleSectionTags.Result tags = TitleSectionTags.strip(rawTitle);
    String title = rawTitle;
    apply(AFTER_TITLE, page, title, tags.title(), observer);
    return result(tags, page);
  }

  private static CleanedText result(TitleSectionTags.Result tags, Page page) {
    List<String> removed = new ArrayList<>(tags.removed());
    removed.addAll(page.removed());
    return new CleanedText(tags.title(), page.body(), removed);
  }
}
