package org.newsline.ingest.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsline.ingest.cleaning.HtmlText;
import org.newsline.ingest.validation.ArticleRequest;
import org.newsline.ingest.validation.InvalidArticleException;
import org.newsline.ingest.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON form of an article field by field, so that a wrong type is reported as a 422
 * naming the field (rule {@code type}) and unknown fields are ignored. The optional {@code format}
 * says what the body is: {@code json} (default: plain body text), {@code text} (without a title,
 * the first line that is not site chrome is the title, as for {@code text/plain}) or {@code html}
 * (converted as for {@code text/html}; title, url, publishedAt and language default to the page's).
 */
final class JsonArticles {

  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final Set<String> STRINGS =
      Set.of("id", "source", "url", "title", "body", "language", "publishedAt", "format");

  private JsonArticles() {}

  /** Parses one JSON document into an article. */
  static ArticleRequest parse(byte[] json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new MalformedRequestException("The body is not valid JSON: " + brief(e));
    }
    return fromNode(node);
  }

  static ArticleRequest fromNode(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      throw new MalformedRequestException("The body is empty; expected a JSON object.");
    }
    if (!node.isObject()) {
      throw new MalformedRequestException(
          "Expected a JSON object, got " + node.getNodeType().name().toLowerCase() + ".");
    }
    List<Violation> violations = new ArrayList<>();
    Map<String, String> strings = new LinkedHashMap<>();
    for (String field : STRINGS) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isString()) {
        strings.put(field, value.stringValue());
      } else if (field.equals("id") && value.isIntegralNumber()) {
        strings.put(field, value.asString());
      } else {
        violations.add(
            new Violation(
                field,
                "type",
                "must be a string, not " + value.getNodeType().name().toLowerCase()));
      }
    }
    Map<String, String> metadata = metadata(node.get("metadata"), violations);
    String format = strings.getOrDefault("format", "json");
    if (!Set.of("json", "text", "html").contains(format)) {
      violations.add(new Violation("format", "format", "must be json, text or html"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidArticleException(violations);
    }
    if (format.equals("html") && strings.get("body") != null) {
      HtmlText.Extracted page = HtmlText.extract(strings.get("body"));
      strings.putIfAbsent("title", page.title());
      strings.put("body", page.text());
      if (page.canonicalUrl() != null) {
        strings.putIfAbsent("url", page.canonicalUrl());
      }
      if (page.publishedAt() != null) {
        strings.putIfAbsent("publishedAt", page.publishedAt().toString());
      }
      if (page.language() != null) {
        strings.putIfAbsent("language", page.language());
      }
    }
    return new ArticleRequest(
        strings.get("id"),
        strings.get("source"),
        strings.get("url"),
        strings.get("title"),
        strings.get("body"),
        strings.get("language"),
        strings.get("publishedAt"),
        metadata,
        format.equals("text") && strings.get("title") == null);
  }

  private static Map<String, String> metadata(JsonNode node, List<Violation> violations) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      violations.add(new Violation("metadata", "type", "must be an object of strings"));
      return out;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        out.put(entry.getKey(), "");
      } else if (value.isValueNode()) {
        out.put(entry.getKey(), value.asString());
      } else {
        violations.add(
            new Violation("metadata", "type", "values must be strings, not objects or arrays"));
        return out;
      }
    }
    return out;
  }

  static String brief(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    message = message.replaceAll("\\s+", " ");
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    return (message.length() > 160 ? message.substring(0, 160) + "…" : message) + where;
  }
}
