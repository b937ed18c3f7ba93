package org.newsline.enrich.pipeline;

/**
 * A record on the raw topic with neither a value nor a key: a tombstone of no article, so nothing
 * to enrich or remove. It is dead-lettered at once with reason {@code validation}, never skipped
 * silently. (A tombstone with a key is a removal, passed on.)
 */
class EmptyRecordException extends IllegalArgumentException {

  EmptyRecordException(String where) {
    super("record " + where + " has no value and no key (a tombstone of no article)");
  }
}
