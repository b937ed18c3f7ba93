package org.newsline.enrich.pipeline;

/**
 * A record on the raw topic without a value (a tombstone): there is no article to enrich. It is
 * dead-lettered at once with reason {@code validation}, never skipped silently.
 */
class EmptyRecordException extends IllegalArgumentException {

  EmptyRecordException(String where) {
    super("record " + where + " has no value (tombstone)");
  }
}
