package org.newsline.model;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The contract's JSON Schemas, loaded from the shared-model jar, for validating test output. */
final class EventSchemas {

  static final Schema RAW_ARTICLE = load("schemas/raw-article.schema.json");
  static final Schema ENRICHED_ARTICLE = load("schemas/enriched-article.schema.json");

  private EventSchemas() {}

  static List<Error> validate(Schema schema, byte[] json) {
    return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  private static Schema load(String resource) {
    try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
