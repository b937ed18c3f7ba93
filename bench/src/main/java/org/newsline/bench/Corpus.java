package org.newsline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsline.model.RawArticle;
import org.newsline.model.json.EventJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A fixed, seeded sample of an NDJSON corpus ({@code id,title,body,source,category}). */
public final class Corpus {

  /** One corpus article as read. */
  public record Item(String id, String title, String body, String source, String category) {

    /** A raw event as ingest would publish it (content hash not computed: not needed here). */
    public RawArticle toRaw(Instant receivedAt) {
      return new RawArticle(
          RawArticle.CURRENT_SCHEMA_VERSION,
          id,
          source == null ? "bench" : source,
          null,
          title,
          body,
          "en",
          null,
          receivedAt,
          HexFormat.of().formatHex(new byte[32]),
          List.of(),
          category == null ? Map.of() : Map.of("category", category));
    }

    /** The JSON an API client sends to ingest, with {@code id} made unique by {@code suffix}. */
    public String toRequestJson(String suffix) {
      ObjectNode node = EventJson.mapper().createObjectNode();
      node.put("id", id + suffix);
      node.put("source", source == null ? "bench" : source);
      node.put("title", title);
      node.put("body", body);
      node.put("language", "en");
      return EventJson.mapper().writeValueAsString(node);
    }
  }

  private Corpus() {}

  /** {@code n} articles (all when n exceeds the corpus) in a seeded random order. */
  public static List<Item> sample(Path ndjson, int n, long seed) throws IOException {
    if (!Files.isRegularFile(ndjson)) {
      throw new IllegalArgumentException("no corpus file at " + ndjson.toAbsolutePath());
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(ndjson, StandardCharsets.UTF_8));
    lines.removeIf(String::isBlank);
    Collections.shuffle(lines, new Random(seed));
    List<Item> out = new ArrayList<>();
    for (String line : lines.subList(0, Math.min(n, lines.size()))) {
      JsonNode node = EventJson.mapper().readTree(line);
      out.add(
          new Item(
              node.get("id").asString(),
              text(node, "title"),
              text(node, "body"),
              text(node, "source"),
              text(node, "category")));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asString();
  }

  /** {@code r} under another id and with another body (the record has no "with" methods). */
  static RawArticle copy(RawArticle r, String id, String body) {
    return new RawArticle(
        r.schemaVersion(),
        id,
        r.source(),
        r.url(),
        r.title(),
        body,
        r.language(),
        r.publishedAt(),
        r.receivedAt(),
        r.contentHash(),
        r.removedLines(),
        r.metadata());
  }
}
