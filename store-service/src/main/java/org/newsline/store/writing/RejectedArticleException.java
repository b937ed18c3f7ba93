package org.newsline.store.writing;

/**
 * A data error: this article can never be stored as it is (too large, refused by validation). It
 * goes to the dead-letter topic with {@link #reason()} in the {@code newsline_dlt-reason} header.
 */
final class RejectedArticleException extends RuntimeException {

  private final String reason;

  RejectedArticleException(String reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Bounded reason code: {@code too-large}, {@code validation}, {@code processing}. */
  String reason() {
    return reason;
  }
}
