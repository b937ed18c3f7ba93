package org.newsline.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article as the ingest service accepted, normalised and cleaned it. Published to {@link
 * Topics#ARTICLES_RAW}, keyed by {@link #id()}.
 *
 * <p>Schema: {@code schemas/raw-article.schema.json}. Within {@link #CURRENT_SCHEMA_VERSION} fields
 * are only ever added, never removed or retyped; readers ignore fields they do not know.
 *
 * @param schemaVersion version of this contract, {@value #CURRENT_SCHEMA_VERSION}
 * @param id stable article id: the caller's, else derived from the canonical URL, else from the
 *     content hash
 * @param source where the article came from (outlet or feed name), may be null
 * @param url canonical URL, may be null
 * @param title cleaned title, may be empty
 * @param body cleaned body text; paragraphs separated by a blank line
 * @param language ISO 639-1 code when known, may be null
 * @param publishedAt publication time when known, may be null
 * @param receivedAt when the ingest service accepted the article
 * @param contentHash SHA-256 hex of the normalised title and body
 * @param removedLines lines the cleaner dropped as site chrome, in order, for audit
 * @param metadata string map supplied by the operator
 */
public record RawArticle(
    int schemaVersion,
    String id,
    String source,
    String url,
    String title,
    String body,
    String language,
    Instant publishedAt,
    Instant receivedAt,
    String contentHash,
    List<String> removedLines,
    Map<String, String> metadata) {

  public static final int CURRENT_SCHEMA_VERSION = 1;

  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(contentHash, "contentHash");
    title = title == null ? "" : title;
    removedLines = removedLines == null ? List.of() : List.copyOf(removedLines);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }
}
