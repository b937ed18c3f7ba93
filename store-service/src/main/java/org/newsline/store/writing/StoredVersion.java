package org.newsline.store.writing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.store.documents.ArticleFields;

/**
 * What the store holds of one article when a batch begins: its version, and what a replacement
 * needs to keep its history (the content hash, its arrival and size, the earlier revisions).
 */
record StoredVersion(
    ArticleVersion version,
    String contentHash,
    Integer titleChars,
    Integer bodyChars,
    List<Document> revisions) {

  /** Revisions kept per article, the newest; older ones are dropped. */
  static final int MAX_REVISIONS = 50;

  StoredVersion {
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  /** A version with no history, as tests and older documents have. */
  static StoredVersion of(ArticleVersion version) {
    return new StoredVersion(version, null, null, null, List.of());
  }

  /**
   * The {@code revisions} a replacement with {@code contentHash} carries: the stored ones, plus the
   * stored version itself when the content changed (a correction); the same list when only the
   * enrichment changed.
   */
  List<Document> revisionsAfter(String newContentHash, Instant replacedAt) {
    if (Objects.equals(contentHash, newContentHash)) {
      return revisions;
    }
    List<Document> after = new ArrayList<>(revisions);
    after.add(
        new Document(ArticleFields.RECEIVED_AT, ArticleDocuments.date(version.receivedAt()))
            .append(ArticleFields.CONTENT_HASH, contentHash)
            .append(ArticleFields.TITLE_CHARS, titleChars)
            .append(ArticleFields.BODY_CHARS, bodyChars)
            .append(ArticleFields.REPLACED_AT, ArticleDocuments.date(replacedAt)));
    return after.size() <= MAX_REVISIONS
        ? after
        : after.subList(after.size() - MAX_REVISIONS, after.size());
  }
}
