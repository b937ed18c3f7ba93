package org.newsline.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The few figures the start-up summary shows: ones that say what they count (a normalised unit),
 * those reporting a change first, at most two of one article, in the store's order (newest articles
 * first); the first five of the newest article, often bare numbers, told a newcomer little.
 */
final class TellingFigures {

  private static final int PER_ARTICLE = 2;

  private TellingFigures() {}

  static List<JsonNode> pick(JsonNode items, int n) {
    List<JsonNode> changes = new ArrayList<>();
    List<JsonNode> levels = new ArrayList<>();
    for (JsonNode f : items) {
      if (!text(f, "unitNormalized").isEmpty()) {
        (text(f, "direction").isEmpty() ? levels : changes).add(f);
      }
    }
    List<JsonNode> picked = new ArrayList<>();
    Map<String, Integer> perArticle = new HashMap<>();
    for (List<JsonNode> group : List.of(changes, levels)) {
      for (JsonNode f : group) {
        if (picked.size() == n) {
          return picked;
        }
        if (perArticle.merge(text(f, "articleId"), 1, Integer::sum) <= PER_ARTICLE) {
          picked.add(f);
        }
      }
    }
    return picked;
  }

  /** {@code "text" value unit, QUALIFIER[, direction] (article)}, a range as low-high. */
  static String line(JsonNode f) {
    double low = f.get("low").asDouble();
    double high = f.get("high").asDouble();
    String value = low == high ? number(low) : number(low) + "-" + number(high);
    String direction = text(f, "direction");
    return String.format(
        "%-40s %s %s, %s%s (%s)",
        '"' + text(f, "text") + '"',
        value,
        text(f, "unitNormalized"),
        text(f, "qualifier"),
        direction.isEmpty() ? "" : ", " + direction.toLowerCase(Locale.ROOT),
        text(f, "articleId"));
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%,.2f", v);
  }

  private static String text(JsonNode f, String field) {
    JsonNode v = f.get(field);
    return v == null || v.isNull() ? "" : v.asString();
  }
}
