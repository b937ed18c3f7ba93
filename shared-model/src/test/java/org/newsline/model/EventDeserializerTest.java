package org.newsline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.kafka.EventSerdes;
import org.newsline.model.kafka.UnsupportedSchemaVersionException;

class EventDeserializerTest {

  private final EventDeserializer<RawArticle> deserializer =
      new EventDeserializer<>(RawArticle.class, RawArticle.CURRENT_SCHEMA_VERSION);

  @Test
  void readsWhatTheSerializerWrote() {
    byte[] bytes = EventSerdes.rawArticle().serializer().serialize("t", SampleEvents.raw());

    assertThat(deserializer.deserialize("t", bytes)).isEqualTo(SampleEvents.raw());
  }

  @Test
  void rejectsAnotherSchemaVersion() {
    String json =
        new String(
                EventSerdes.rawArticle().serializer().serialize("t", SampleEvents.raw()),
                StandardCharsets.UTF_8)
            .replace("\"schemaVersion\":1", "\"schemaVersion\":2");

    assertThatThrownBy(() -> deserializer.deserialize("t", json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnsupportedSchemaVersionException.class)
        .hasMessageContaining("schemaVersion 2");
  }

  @Test
  void rejectsGarbageAndNonObjectsAndMissingRequiredFields() {
    for (String bad :
        new String[] {"not json", "[1,2]", "{\"schemaVersion\":1}", "{\"id\":\"x\"}"}) {
      assertThatThrownBy(() -> deserializer.deserialize("t", bad.getBytes(StandardCharsets.UTF_8)))
          .as(bad)
          .isInstanceOf(SerializationException.class);
    }
  }

  @Test
  void passesATombstoneThroughAsNull() {
    assertThat(deserializer.deserialize("t", null)).isNull();
  }
}
