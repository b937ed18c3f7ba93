package org.newsline.store.writing;

import java.util.Locale;

/** What happened to one record of a batch; the {@code outcome} tag of {@code store.writes}. */
enum Outcome {
  /** No document had the id: a new one was written. */
  INSERTED,
  /** An older version was stored: it was replaced. */
  REPLACED,
  /** The same version (same {@code enrichedAt} and pipeline version) was already there. */
  UNCHANGED,
  /** A newer version was already stored (or came later in the same batch): nothing written. */
  STALE,
  /** A data error: sent to the dead-letter topic. */
  FAILED,
  /** A tombstone: the article's document (if any) deleted and its removal marker recorded. */
  REMOVED,
  /**
   * A copy of a removed article received at or before its removal (late, duplicated, redelivered or
   * replayed): not stored.
   */
  REMOVED_COPY;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
