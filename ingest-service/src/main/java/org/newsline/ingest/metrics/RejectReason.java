package org.newsline.ingest.metrics;

/** Why an article was rejected: the bounded values of the {@code reason} metric tag. */
public enum RejectReason {
  /** Not parseable: malformed JSON, not an object, not UTF-8. */
  MALFORMED("malformed"),
  /** Over a size or count limit. */
  TOO_LARGE("too-large"),
  /** Broke a validation rule on {@code id}. */
  INVALID_ID("invalid-id"),
  /** Broke a validation rule on {@code body}, including empty after cleaning. */
  INVALID_BODY("invalid-body"),
  /** Broke a validation rule on {@code url}. */
  INVALID_URL("invalid-url"),
  /** Broke a validation rule on {@code publishedAt}. */
  INVALID_DATE("invalid-date"),
  /** Broke a validation rule on another field. */
  INVALID_OTHER("invalid-other"),
  /** Kafka did not acknowledge it within the publish timeout. */
  UNAVAILABLE("broker-unavailable"),
  /** Kafka refused it for another reason. */
  PUBLISH_FAILED("publish-failed");

  private final String tag;

  RejectReason(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  /** The reason for a validation failure on {@code field}. */
  public static RejectReason ofField(String field) {
    return switch (field) {
      case "id" -> INVALID_ID;
      case "body" -> INVALID_BODY;
      case "url" -> INVALID_URL;
      case "publishedAt" -> INVALID_DATE;
      default -> INVALID_OTHER;
    };
  }
}
