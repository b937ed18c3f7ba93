package org.newsline.store.writing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import org.newsline.model.EnrichedArticle;

/**
 * Which of two enrichments of one article is newer: the later {@code enrichedAt} (at millisecond
 * precision, as stored), then the greater {@code pipelineVersion} compared as a string (as MongoDB
 * compares it: so pipeline versions must sort as strings, e.g. zero-padded).
 */
record ArticleVersion(Instant enrichedAt, String pipelineVersion)
    implements Comparable<ArticleVersion> {

  private static final Comparator<ArticleVersion> ORDER =
      Comparator.comparing(ArticleVersion::enrichedAt)
          .thenComparing(ArticleVersion::pipelineVersion);

  ArticleVersion {
    Objects.requireNonNull(enrichedAt, "enrichedAt");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    enrichedAt = enrichedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  static ArticleVersion of(EnrichedArticle article) {
    return new ArticleVersion(article.enrichedAt(), article.enrichment().pipelineVersion());
  }

  @Override
  public int compareTo(ArticleVersion other) {
    return ORDER.compare(this, other);
  }

  boolean isNewerThan(ArticleVersion other) {
    return compareTo(other) > 0;
  }
}
