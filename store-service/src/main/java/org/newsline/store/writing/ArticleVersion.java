package org.newsline.store.writing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.documents.PipelineVersions;

/**
 * Which of two enrichments of one article is newer, in this order:
 *
 * <ol>
 *   <li>the later {@code receivedAt}: the content ingest took later (a correction sent again under
 *       the same id) wins, whatever enriched it, so a replay of an older copy never overwrites it;
 *   <li>for the same content, the greater {@code pipelineVersion}: a re-enrichment by a newer
 *       pipeline wins over an older instance's output even if that is written later;
 *   <li>within a pipeline version, the later {@code enrichedAt}.
 * </ol>
 *
 * Pipeline versions compare by their numbers ("10" after "9"; "1.10" after "1.9"), each part of
 * digits as a number, other parts as text. Times are at millisecond precision, as stored. {@link
 * #key()} writes the order as one string that sorts the same, stored as {@code versionKey} so the
 * server can enforce it in a single comparison.
 */
record ArticleVersion(Instant receivedAt, String pipelineVersion, Instant enrichedAt)
    implements Comparable<ArticleVersion> {

  ArticleVersion {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(enrichedAt, "enrichedAt");
    receivedAt = receivedAt.truncatedTo(ChronoUnit.MILLIS);
    enrichedAt = enrichedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  static ArticleVersion of(EnrichedArticle article) {
    return new ArticleVersion(
        article.receivedAt(), article.enrichment().pipelineVersion(), article.enrichedAt());
  }

  /**
   * The order as one string: {@code receivedAt} millis, the pipeline version with each number
   * zero-padded, {@code enrichedAt} millis; a greater key is a newer version.
   */
  String key() {
    return millis(receivedAt)
        + "|"
        + PipelineVersions.key(pipelineVersion)
        + "|"
        + millis(enrichedAt);
  }

  @Override
  public int compareTo(ArticleVersion other) {
    return key().compareTo(other.key());
  }

  boolean isNewerThan(ArticleVersion other) {
    return compareTo(other) > 0;
  }

  private static String millis(Instant instant) {
    return PipelineVersions.pad(Long.toString(instant.toEpochMilli()), 15);
  }
}
