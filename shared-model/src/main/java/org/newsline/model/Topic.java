package org.newsline.model;

import java.util.Objects;

/**
 * A topic of the platform's contract: its default name, the type of its values, and the one service
 * that produces to it. Keys are always the article id as a UTF-8 string.
 *
 * @param defaultName the name used unless configuration overrides it
 * @param valueType event type; {@code byte[]} for dead-letter topics, which carry the failed record
 *     unchanged
 * @param producer the only service that writes to this topic
 * @param description one line for humans
 * @param <V> event type
 */
public record Topic<V>(
    String defaultName, Class<V> valueType, Service producer, String description) {
  public Topic {
    Objects.requireNonNull(defaultName, "defaultName");
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(producer, "producer");
  }

  /** True for dead-letter topics. */
  public boolean deadLetter() {
    return valueType == byte[].class;
  }
}
