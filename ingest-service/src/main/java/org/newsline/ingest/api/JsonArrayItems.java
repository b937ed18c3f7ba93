package org.newsline.ingest.api;

import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON array batch element by element from the request stream, the JSON twin of {@link
 * NdjsonLines}: {@link #hasNext()} moves to the next element (checking the array's start and end),
 * {@link #next()} reads it as a tree with its size in bytes. Throws {@link
 * MalformedRequestException} for a body that is not an array or an array not closed, a Jackson
 * exception for invalid JSON and {@link PayloadTooLargeException} past {@code maxTotal} bytes.
 */
final class JsonArrayItems implements AutoCloseable {

  /** One element of the array, with its size in bytes. */
  record Item(JsonNode node, long size) {}

  private final JsonParser parser;
  private boolean started;

  JsonArrayItems(InputStream in, long maxTotal) {
    this.parser = JsonArticles.MAPPER.createParser(new LimitedInputStream(in, maxTotal));
  }

  boolean hasNext() {
    if (!started) {
      started = true;
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw new MalformedRequestException(
            first == null
                ? "The body is empty; expected a JSON array of articles."
                : "Expected a JSON array of articles.");
      }
    }
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      return false;
    }
    if (parser.currentToken() == null) {
      throw new MalformedRequestException("The JSON array is not closed.");
    }
    return true;
  }

  Item next() {
    long start = parser.currentTokenLocation().getByteOffset();
    JsonNode node = parser.readValueAsTree();
    return new Item(node, Math.max(0, parser.currentLocation().getByteOffset() - start));
  }

  @Override
  public void close() {
    parser.close();
  }
}
