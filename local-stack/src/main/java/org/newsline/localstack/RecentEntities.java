package org.newsline.localstack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The start-up summary's top entities, counted over the newest articles only. The store's {@code
 * /entities} aggregates the whole archive, which on the embedded stand-in (no index use) grows with
 * it: 13-27 s with 8,900 articles stored. A page of the newest articles is one indexed read that
 * does not grow, and its entities are counted here the way {@code /entities} counts and ranks them:
 * by canonical name (else name, for articles stored before entities had one) and type; articles,
 * then mentions, then name.
 */
final class RecentEntities {

  /** How many of the newest articles the summary counts over: the store's largest page. */
  static final int WINDOW = 200;

  /** One entity over the window: in how many articles, how many mentions in all. */
  record Count(String name, String type, int articles, long mentions) {}

  private RecentEntities() {}

  static List<Count> top(JsonNode articles, int n) {
    Map<String, Count> counts = new LinkedHashMap<>();
    for (JsonNode article : articles) {
      Map<String, Count> inArticle = new LinkedHashMap<>();
      for (JsonNode e : article.path("entities")) {
        // By the canonical name, as /entities counts: "EU" and "European Union" are one.
        String name = e.path("canonicalName").asString("");
        if (name.isEmpty()) {
          name = e.path("name").asString("");
        }
        String type = e.path("type").asString("");
        if (name.isEmpty()) {
          continue;
        }
        long mentions = Math.max(1, e.path("count").asLong(1));
        inArticle.merge(
            type + "\u0000" + name,
            new Count(name, type, 1, mentions),
            (a, b) -> new Count(a.name(), a.type(), 1, a.mentions() + b.mentions()));
      }
      inArticle.forEach(
          (key, c) ->
              counts.merge(
                  key,
                  c,
                  (a, b) ->
                      new Count(
                          a.name(),
                          a.type(),
                          a.articles() + b.articles(),
                          a.mentions() + b.mentions())));
    }
    List<Count> ranked = new ArrayList<>(counts.values());
    ranked.sort(
        Comparator.comparingInt(Count::articles)
            .thenComparingLong(Count::mentions)
            .reversed()
            .thenComparing(Count::name));
    return ranked.subList(0, Math.min(n, ranked.size()));
  }
}
