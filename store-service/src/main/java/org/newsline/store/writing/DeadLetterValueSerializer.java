package org.newsline.store.writing;

import org.apache.kafka.common.serialization.Serializer;
import org.newsline.model.kafka.EventSerializer;

/**
 * Values of dead-letter records: the original bytes of a record that could not be deserialised, or
 * the contract's JSON of an article that could not be stored.
 */
final class DeadLetterValueSerializer implements Serializer<Object> {

  private final EventSerializer<Object> events = new EventSerializer<>();

  @Override
  public byte[] serialize(String topic, Object data) {
    if (data == null || data instanceof byte[]) {
      return (byte[]) data;
    }
    return events.serialize(topic, data);
  }
}
