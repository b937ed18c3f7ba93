package org.newsline.ingest.api;

/** A request body, article or batch over its configured limit: 413. */
class PayloadTooLargeException extends RuntimeException {
  PayloadTooLargeException(String message) {
    super(message);
  }
}
