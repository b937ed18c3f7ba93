package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void cleansAMessyLongformArticleGivenAsPlainText() {
    CleanedText cleaned = cleaner.cleanPlainText(Fixtures.read("harbour-longform.txt"));

    assertThat(cleaned.title())
        .isEqualTo(
            "‘The water came in sideways’ How Port Ellis rebuilt its harbour in a single winter");
    assertThat(cleaned.removedLines())
        .startsWith(
            "Skip to main content",
            "A ferry waits at the north quay of Port Ellis before dawn. Port Ellis, March 2, 2025.",
            "coast")
        .contains(
            "Mara Quist / Tidewater Images / Northlight",
            "Further reading",
            "You can keep us afloat. Please support our journalism with a monthly donation.",
            "3 comments",
            "I still think the town overspent.");
    assertThat(cleaned.body())
        .startsWith("When the January storm tore away the outer breakwater")
        .contains("“We poured concrete at low tide and prayed at high tide,” he said.")
        .contains("\n\nThe cost, about 14 million euros,")
        .endsWith("boats now shelter in the inner basin during gales.")
        .doesNotContain("ferry waits", "donation", "comment", "Further reading");
    assertThat(cleaned.body().split("\n\n")).hasSize(4);
  }

  @Test
  void removesConsentShareSubscriptionAndBylineChromeFromAnHtmlPage() {
    HtmlText.Extracted page = HtmlText.extract(Fixtures.read("harbour-page.html"));

    CleanedText cleaned = cleaner.clean(page.title(), page.text());

    assertThat(cleaned.title()).isEqualTo("Ferries return to the north quay");
    assertThat(cleaned.body().split("\n\n"))
        .containsExactly(
            "Ferries returned to the north quay of Port Ellis on Tuesday morning, eleven weeks"
                + " after the January storm closed it.",
            "The first crossing left at 6.40am with 212 passengers on board, the operator said.",
            "Harbour master Ines Brandt said the quay would stay open through the spring gales.",
            "Fares remain at last year’s level until June.");
    assertThat(cleaned.removedLines())
        .contains(
            "We use cookies. Accept all",
            "Accept all Reject all Manage preferences",
            "By Mara Quist, Harbour correspondent",
            "Published 22 April 2025, 08:15 BST",
            "Updated 3 hours ago",
            "Share this article: Facebook Twitter Email",
            "Get the Coast Gazette morning briefing",
            "Enter your email address",
            "Story continues below advertisement",
            "Already a subscriber? Log in to continue reading.",
            "Share: Facebook | X | WhatsApp | Copy link")
        .hasSize(14);
  }

  @Test
  void removesATitleRepeatedTwiceInPlainText() {
    CleanedText cleaned = cleaner.cleanPlainText(Fixtures.read("repeated-title.txt"));

    assertThat(cleaned.title())
        .isEqualTo("Town Council Approves Night Bus Trial for the Winter Months");
    assertThat(cleaned.removedLines()).containsExactly(cleaned.title(), cleaned.title());
    assertThat(cleaned.body())
        .startsWith("The council voted seven to two")
        .contains("\n\nCouncillor");
  }

  @Test
  void removesFooterNavigationAndKeepsTypographicQuotes() {
    CleanedText cleaned = cleaner.cleanPlainText(Fixtures.read("blog-footer.txt"));

    assertThat(cleaned.title()).startsWith("‘We never saw the inspector’");
    assertThat(cleaned.removedLines()).containsExactly("Related Articles", "Back to top button");
    assertThat(cleaned.body()).endsWith("40% more complaints this year than last.");
  }

  @Test
  void cleansAGivenTitleAndRemovesItsCopyFromTheBody() {
    CleanedText cleaned =
        cleaner.clean(
            "Harbour reopens after storm | World | News",
            "Harbour reopens after storm\n\nThe port reopened on Monday after eleven weeks of work.");

    assertThat(cleaned.title()).isEqualTo("Harbour reopens after storm");
    assertThat(cleaned.removedLines())
        .containsExactly("| World | News", "Harbour reopens after storm");
    assertThat(cleaned.body()).isEqualTo("The port reopened on Monday after eleven weeks of work.");
  }

  @Test
  void leavesACleanArticleUntouched() {
    String body = "The port reopened on Monday.\n\nFerries returned on Tuesday.";

    CleanedText cleaned = cleaner.clean("Harbour reopens", body);

    assertThat(cleaned.body()).isEqualTo(body);
    assertThat(cleaned.removedLines()).isEmpty();
  }

  @Test
  void producesAnEmptyBodyWhenEverythingIsChrome() {
    CleanedText cleaned = cleaner.clean("", "Skip to main content\n\nBack to top");

    assertThat(cleaned.body()).isEmpty();
    assertThat(cleaned.removedLines()).hasSize(2);
  }
}
