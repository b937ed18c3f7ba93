package org.newsline.model.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsline.model.json.EventJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an event of a fixed type from UTF-8 JSON, and refuses any whose {@code schemaVersion} is
 * not the one this reader understands. Wrap it in Spring Kafka's {@code ErrorHandlingDeserializer}
 * so a bad record reaches the dead-letter topic instead of blocking its partition.
 */
public final class EventDeserializer<T> implements Deserializer<T> {

  private final Class<T> type;
  private final int schemaVersion;

  public EventDeserializer(Class<T> type, int schemaVersion) {
    this.type = type;
    this.schemaVersion = schemaVersion;
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    JsonNode tree;
    try {
      tree = EventJson.mapper().readTree(data);
    } catch (JacksonException e) {
      throw new SerializationException(
          "not valid JSON on topic " + topic + ": " + e.getOriginalMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new SerializationException("event on topic " + topic + " is not a JSON object");
    }
    JsonNode version = tree.get("schemaVersion");
    if (version == null || !version.isIntegralNumber()) {
      throw new SerializationException("event on topic " + topic + " has no integer schemaVersion");
    }
    if (version.asInt() != schemaVersion) {
      throw new UnsupportedSchemaVersionException(version.asInt(), schemaVersion, topic);
    }
    try {
      return EventJson.mapper().treeToValue(tree, type);
    } catch (JacksonException e) {
      throw new SerializationException(
          "event on topic "
              + topic
              + " does not match "
              + type.getSimpleName()
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (RuntimeException e) {
      throw new SerializationException(
          "event on topic "
              + topic
              + " is not a valid "
              + type.getSimpleName()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
