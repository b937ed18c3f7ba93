package org.newsline.store.writing;

/**
 * Another writer stored an older version of an article between this batch's read and its write. Not
 * a data error: the batch is retried, and the retry replaces the older version.
 */
final class ConcurrentWriteException extends RuntimeException {

  ConcurrentWriteException(String id) {
    super("article " + id + " was stored concurrently with an older version; retrying the batch");
  }
}
