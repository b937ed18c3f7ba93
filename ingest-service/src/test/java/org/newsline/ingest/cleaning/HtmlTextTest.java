package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  private static final String PAGE =
      """
      <!doctype html><html lang="en"><head><title>Harbour reopens | Coast Gazette</title>
      <link rel="canonical" href="https://coast.example/news/harbour">
      <meta property="article:published_time" content="2025-04-18T09:30:00+02:00">
      <style>p { color: red }</style><script>var tracking = 1;</script></head>
      <body><header><a href="/">Coast Gazette</a></header>
      <nav><ul><li>Home</li><li>World</li></ul></nav>
      <article><h1>Harbour reopens after storm</h1>
      <p>The port reopened   on <b>Monday</b>.</p>
      <h2>Crews</h2><p>Two crews worked<br>in shifts.</p>
      <aside>Related: ferries</aside></article>
      <footer>© Coast Gazette</footer><script>track()</script></body></html>
      """;

  @Test
  void keepsParagraphsAndHeadingsAndDropsScriptsStylesNavAndFooter() {
    HtmlText.Extracted extracted = HtmlText.extract(PAGE);

    assertThat(extracted.title()).isEqualTo("Harbour reopens after storm");
    assertThat(TextNormaliser.text(extracted.text()))
        .isEqualTo("The port reopened on Monday.\n\nCrews\n\nTwo crews worked\nin shifts.");
  }

  @Test
  void readsCanonicalUrlPublicationTimeAndLanguage() {
    HtmlText.Extracted extracted = HtmlText.extract(PAGE);

    assertThat(extracted.canonicalUrl()).isEqualTo("https://coast.example/news/harbour");
    assertThat(extracted.publishedAt()).isEqualTo(Instant.parse("2025-04-18T07:30:00Z"));
    assertThat(extracted.language()).isEqualTo("en");
  }

  @Test
  void fallsBackToTheTitleElement() {
    assertThat(HtmlText.extract("<title>Ferries</title><p>Text.</p>").title()).isEqualTo("Ferries");
  }
}
