package org.newsline.ingest.cleaning;

import java.util.List;

/** Runs one rule on a body and reports what it removed and what is left. */
final class RuleHarness {

  record Outcome(String body, List<String> removed) {}

  private RuleHarness() {}

  static Outcome run(ChromeRule rule, String title, String body) {
    Page page = new Page(TextNormaliser.text(body));
    rule.apply(page, title, title);
    return new Outcome(page.body(), page.removed());
  }
}
