package org.newsline.store.query;

/** No article has the requested id; answered with 404 problem+json. */
final class ArticleNotFoundException extends RuntimeException {

  ArticleNotFoundException(String id) {
    super("No article with id '" + id + "' is stored.");
  }
}
