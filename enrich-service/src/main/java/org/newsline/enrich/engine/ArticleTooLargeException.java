package org.newsline.enrich.engine;

/** The article is longer than the configured limit; it is not retried. */
public class ArticleTooLargeException extends RuntimeException {

  public ArticleTooLargeException(String id, int chars, int limit) {
    super("article " + id + " has " + chars + " characters, over the limit of " + limit);
  }
}
