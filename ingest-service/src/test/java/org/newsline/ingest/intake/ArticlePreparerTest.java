package org.newsline.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.cleaning.ArticleCleaner;
import org.newsline.ingest.validation.ArticleRequest;
import org.newsline.ingest.validation.ArticleValidator;
import org.newsline.ingest.validation.InvalidArticleException;
import org.newsline.ingest.validation.Violation;
import org.newsline.model.RawArticle;

class ArticlePreparerTest {

  private static final String BODY = "The port reopened on Monday after eleven weeks of repairs.";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-04-18T10:00:00.123456789Z"), ZoneOffset.UTC);

  private final ArticlePreparer preparer =
      new ArticlePreparer(
          new ArticleValidator(IngestProperties.defaults(), CLOCK), new ArticleCleaner(), CLOCK);

  private static ArticleRequest request(String id, String url, String body, String publishedAt) {
    return new ArticleRequest(
        id,
        "Coast Gazette",
        url,
        "Harbour reopens",
        body,
        "EN",
        publishedAt,
        Map.of("k", "v"),
        false);
  }

  @Test
  void keepsTheCallersIdAndTruncatesReceivedAtToMilliseconds() {
    RawArticle article =
        preparer.prepare(request("coast-1", null, BODY, "2025-04-18T09:30:00.5+02:00"));

    assertThat(article.id()).isEqualTo("coast-1");
    assertThat(article.receivedAt()).isEqualTo(Instant.parse("2025-04-18T10:00:00.123Z"));
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-04-18T07:30:00.5Z"));
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.schemaVersion()).isEqualTo(1);
    assertThat(article.metadata()).containsEntry("k", "v");
  }

  @Test
  void derivesAStableIdFromTheUrlAndPublishesTheCanonicalUrl() {
    RawArticle first =
        preparer.prepare(request(null, "https://Coast.example/h?utm_source=feed", BODY, null));
    RawArticle again =
        preparer.prepare(request(null, "https://coast.example/h#x", BODY + " ", null));

    assertThat(first.id()).isEqualTo(again.id()).startsWith("coast.example:");
    assertThat(first.url()).isEqualTo("https://coast.example/h");
  }

  @Test
  void derivesAStableIdFromTheContentWithoutUrl() {
    RawArticle first = preparer.prepare(request(null, null, BODY, null));
    RawArticle again =
        preparer.prepare(request(null, null, "Skip to main content\n\n" + BODY, null));

    assertThat(first.id())
        .isEqualTo(again.id())
        .isEqualTo("content:" + first.contentHash().substring(0, 32));
    assertThat(again.removedLines()).containsExactly("Skip to main content");
  }

  @Test
  void rejectsMissingEmptyAndShortBodies() {
    assertRejected(request("a", null, null, null), "body", "required");
    assertRejected(request("a", null, "  \n ", null), "body", "required");
    assertRejected(request("a", null, "Too short.", null), "body", "min-length");
    assertRejected(
        request("a", null, "Skip to main content\n\nBack to top", null),
        "body",
        "empty-after-cleaning");
  }

  @Test
  void rejectsBadIds() {
    assertRejected(request("-starts-with-dash", null, BODY, null), "id", "pattern");
    assertRejected(request("has space", null, BODY, null), "id", "pattern");
    assertRejected(request("a/b", null, BODY, null), "id", "pattern");
    assertRejected(request("a".repeat(201), null, BODY, null), "id", "max-length");
  }

  @Test
  void rejectsBadUrlsAndDates() {
    assertRejected(request("a", "not a url", BODY, null), "url", "url");
    assertRejected(request("a", null, BODY, "2025-04-18T09:30:00"), "publishedAt", "date");
    assertRejected(request("a", null, BODY, "18/04/2025"), "publishedAt", "date");
    assertRejected(request("a", null, BODY, "2999-01-01T00:00:00Z"), "publishedAt", "range");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    assertThatThrownBy(() -> preparer.prepare(request("bad id", "nope", BODY, "yesterday")))
        .isInstanceOfSatisfying(
            InvalidArticleException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("id", "url", "publishedAt"));
  }

  private void assertRejected(ArticleRequest request, String field, String rule) {
    assertThatThrownBy(() -> preparer.prepare(request))
        .isInstanceOfSatisfying(
            InvalidArticleException.class,
            e ->
                assertThat(e.violations())
                    .contains(
                        e.violations().stream()
                            .filter(v -> v.field().equals(field) && v.rule().equals(rule))
                            .findFirst()
                            .orElseThrow(
                                () ->
                                    new AssertionError(
                                        field + "/" + rule + " not in " + e.violations()))));
  }
}
