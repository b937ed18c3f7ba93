package org.newsline.model.kafka;

import org.apache.kafka.common.errors.SerializationException;

/** An event whose {@code schemaVersion} this reader does not understand. */
public class UnsupportedSchemaVersionException extends SerializationException {

  private final int found;
  private final int expected;

  public UnsupportedSchemaVersionException(int found, int expected, String topic) {
    super(
        "unsupported schemaVersion "
            + found
            + " on topic "
            + topic
            + " (this reader understands "
            + expected
            + ")");
    this.found = found;
    this.expected = expected;
  }

  public int found() {
    return found;
  }

  public int expected() {
    return expected;
  }
}
