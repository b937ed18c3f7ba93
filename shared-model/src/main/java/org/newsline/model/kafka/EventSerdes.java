package org.newsline.model.kafka;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;
import org.newsline.model.Topic;
import org.newsline.model.Topics;

/** Serdes for the catalogue's topics, for Kafka clients written against the contract. */
public final class EventSerdes {

  private EventSerdes() {}

  /** Serde for {@link Topics#ARTICLES_RAW} values. */
  public static Serde<RawArticle> rawArticle() {
    return Serdes.serdeFrom(
        new EventSerializer<>(),
        new EventDeserializer<>(RawArticle.class, RawArticle.CURRENT_SCHEMA_VERSION));
  }

  /** Serde for {@link Topics#ARTICLES_ENRICHED} values. */
  public static Serde<EnrichedArticle> enrichedArticle() {
    return Serdes.serdeFrom(
        new EventSerializer<>(),
        new EventDeserializer<>(EnrichedArticle.class, EnrichedArticle.CURRENT_SCHEMA_VERSION));
  }

  /** The value serde of {@code topic}: its event serde, or raw bytes for dead-letter topics. */
  @SuppressWarnings("unchecked")
  public static <V> Serde<V> forTopic(Topic<V> topic) {
    if (topic.valueType() == RawArticle.class) {
      return (Serde<V>) rawArticle();
    }
    if (topic.valueType() == EnrichedArticle.class) {
      return (Serde<V>) enrichedArticle();
    }
    if (topic.deadLetter()) {
      return (Serde<V>) Serdes.ByteArray();
    }
    throw new IllegalArgumentException("no serde for " + topic);
  }
}
