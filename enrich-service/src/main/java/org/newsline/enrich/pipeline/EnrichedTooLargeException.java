package org.newsline.enrich.pipeline;

/**
 * The enriched record would not fit in one produce request ({@code max.request.size}): the raw
 * record is dead-lettered at once with reason {@code too-large} instead of failing the whole poll's
 * transaction.
 */
class EnrichedTooLargeException extends IllegalStateException {

  EnrichedTooLargeException(String id, int bytes) {
    super("the enriched record of article " + id + " has " + bytes + " bytes, too large to send");
  }
}
