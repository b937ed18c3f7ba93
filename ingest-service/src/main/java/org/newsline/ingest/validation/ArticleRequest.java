package org.newsline.ingest.validation;

import java.util.Map;

/**
 * An article as a client sent it, before validation and cleaning. Every field but {@code body} is
 * optional; {@code publishedAt} is kept as the text sent so that a bad date can be reported as
 * such.
 *
 * @param titleInBody true for plain text, whose first non-chrome line is the title
 */
public record ArticleRequest(
    String id,
    String source,
    String url,
    String title,
    String body,
    String language,
    String publishedAt,
    Map<String, String> metadata,
    boolean titleInBody) {

  public ArticleRequest {
    metadata = metadata == null ? Map.of() : metadata;
  }
}
