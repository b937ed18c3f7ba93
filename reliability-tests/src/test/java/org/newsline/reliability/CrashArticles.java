package org.newsline.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsline.model.RawArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Articles for the crash tests: the BBC corpus of {@code ../shared/corpus} when it is there (real
 * articles, the load a new user feeds; bodies that occur twice in it are taken once), otherwise
 * generated ones of the same shape, so that the test also runs on a machine without it.
 */
final class CrashArticles {

  static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "bbc_news_fulltext.ndjson");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One article as the ingest batch endpoint takes it. */
  record Article(String id, String json) {}

  private CrashArticles() {}

  /** {@code count} distinct articles, in a fixed order. */
  static List<Article> load(int count) {
    List<Article> articles = new ArrayList<>(count);
    if (Files.isRegularFile(CORPUS)) {
      Set<String> bodies = new HashSet<>();
      try (Stream<String> lines = Files.lines(CORPUS)) {
        for (String line : (Iterable<String>) lines::iterator) {
          JsonNode item = JSON.readTree(line);
          if (articles.size() == count) {
            break;
          }
          if (bodies.add(item.get("body").asString())) {
            articles.add(
                article(
                    "crash-" + item.get("id").asString(),
                    item.get("title").asString(),
                    item.get("body").asString()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (int n = articles.size(); n < count; n++) {
      RawArticle generated = RawFeed.article("crash-generated-" + n, n);
      articles.add(article(generated.id(), "River clean-up number " + n, generated.body()));
    }
    return articles;
  }

  /** Where the articles come from, for the test's log. */
  static String origin() {
    return Files.isRegularFile(CORPUS) ? CORPUS.toString() : "generated (no corpus)";
  }

  private static Article article(String id, String title, String body) {
    ObjectNode json = JSON.createObjectNode();
    json.put("id", id);
    json.put("source", "Crash Test Wire");
    json.put("title", title);
    json.put("body", body);
    json.put("language", "en");
    return new Article(id, JSON.writeValueAsString(json));
  }
}
