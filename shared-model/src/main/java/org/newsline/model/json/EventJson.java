package org.newsline.model.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of the platform's events. Timestamps are ISO-8601 strings in UTC ({@code
 * 2025-04-18T09:30:00Z}); a number where a timestamp is expected is an error, never silently read
 * as epoch seconds. Unknown properties are ignored so that fields added within a schema version do
 * not break older readers.
 */
public final class EventJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .addModule(
              new SimpleModule("newsline-strict-time")
                  .addDeserializer(Instant.class, new IsoInstantDeserializer()))
          .build();

  private EventJson() {}

  /** The shared, immutable mapper for events. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** Reads an ISO-8601 instant with an offset ({@code Z} or {@code +02:00}); rejects numbers. */
  static final class IsoInstantDeserializer extends ValueDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            Instant.class, "timestamps must be ISO-8601 strings such as \"2025-04-18T09:30:00Z\"");
      }
      String text = p.getString().trim();
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return ctxt.reportInputMismatch(
            Instant.class,
            "not an ISO-8601 timestamp with offset, e.g. \"2025-04-18T09:30:00Z\": %s",
            text);
      }
    }
  }
}
