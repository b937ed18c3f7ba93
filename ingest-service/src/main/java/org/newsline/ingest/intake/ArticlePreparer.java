package org.newsline.ingest.intake;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsline.ingest.cleaning.ArticleCleaner;
import org.newsline.ingest.cleaning.CleanedText;
import org.newsline.ingest.cleaning.TextNormaliser;
import org.newsline.ingest.identity.ArticleIds;
import org.newsline.ingest.identity.ContentHash;
import org.newsline.ingest.validation.ArticleRequest;
import org.newsline.ingest.validation.ArticleValidator;
import org.newsline.ingest.validation.InvalidArticleException;
import org.newsline.ingest.validation.Violation;
import org.newsline.model.RawArticle;

/**
 * Turns a request into the event to publish: validates its fields, cleans title and body, validates
 * the cleaned body, hashes the content and settles the id (the caller's, else from the canonical
 * URL, else from the content hash). {@code receivedAt} is truncated to milliseconds, the precision
 * of the store's dates.
 */
public final class ArticlePreparer {

  private final ArticleValidator validator;
  private final ArticleCleaner cleaner;
  private final Clock clock;

  public ArticlePreparer(ArticleValidator validator, ArticleCleaner cleaner, Clock clock) {
    this.validator = validator;
    this.cleaner = cleaner;
    this.clock = clock;
  }

  /**
   * @throws InvalidArticleException naming every rule the article breaks
   */
  public RawArticle prepare(ArticleRequest request) {
    List<Violation> violations = new ArrayList<>();
    ArticleValidator.Fields fields = validator.check(request, violations);
    if (!violations.isEmpty()) {
      throw new InvalidArticleException(violations);
    }
    CleanedText cleaned =
        request.titleInBody()
            ? cleaner.cleanPlainText(request.body())
            : cleaner.clean(request.title(), request.body());
    validator.checkCleanBody(cleaned.body(), violations);
    if (!violations.isEmpty()) {
      throw new InvalidArticleException(violations);
    }
    String hash = ContentHash.of(cleaned.title(), cleaned.body());
    String id = fields.id();
    if (id == null) {
      id =
          fields.canonicalUrl() != null
              ? ArticleIds.fromCanonicalUrl(fields.canonicalUrl())
              : ArticleIds.fromContentHash(hash);
    }
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        id,
        blankToNull(TextNormaliser.line(request.source())),
        fields.canonicalUrl(),
        cleaned.title(),
        cleaned.body(),
        fields.language(),
        fields.publishedAt(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS),
        hash,
        cleaned.removedLines(),
        metadata(request.metadata()));
  }

  private static Map<String, String> metadata(Map<String, String> metadata) {
    Map<String, String> out = new LinkedHashMap<>();
    metadata.forEach((k, v) -> out.put(k, v == null ? "" : v));
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
