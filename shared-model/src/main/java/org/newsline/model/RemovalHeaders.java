package org.newsline.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A removal is a tombstone: a record keyed by the article id with no value, on {@code articles.raw}
 * (written by ingest, its timestamp the removal time) and on {@code articles.enriched} (passed on
 * by enrich, with the removal time in {@link #REMOVED_AT}).
 */
public final class RemovalHeaders {

  /**
   * When the article was removed: the timestamp of the tombstone on {@code articles.raw}, as an
   * ISO-8601 UTC string ({@code 2025-04-18T09:30:00.123Z}). A copy of the article received ({@code
   * receivedAt}) at or before this time is a copy of what was removed.
   */
  public static final String REMOVED_AT = "newsline_removed-at";

  private RemovalHeaders() {}

  /** Adds {@link #REMOVED_AT}. */
  public static void setRemovedAt(Headers headers, Instant removedAt) {
    headers.remove(REMOVED_AT);
    headers.add(REMOVED_AT, removedAt.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The removal time of a tombstone: its {@link #REMOVED_AT} header, else (no header, or not a
   * time) the record's own timestamp.
   */
  public static Instant removedAt(Headers headers, long recordTimestamp) {
    Header header = headers.lastHeader(REMOVED_AT);
    if (header != null && header.value() != null) {
      try {
        return Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
      } catch (DateTimeParseException e) {
        // fall back to the record's timestamp
      }
    }
    return Instant.ofEpochMilli(recordTimestamp);
  }
}
