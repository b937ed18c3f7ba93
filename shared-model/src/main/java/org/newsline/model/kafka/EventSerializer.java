package org.newsline.model.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.newsline.model.json.EventJson;
import tools.jackson.core.JacksonException;

/** Writes an event as UTF-8 JSON in the contract's form. No type headers are added. */
public final class EventSerializer<T> implements Serializer<T> {

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    try {
      return EventJson.mapper().writeValueAsBytes(data);
    } catch (JacksonException e) {
      throw new SerializationException("cannot serialise event for topic " + topic, e);
    }
  }
}
