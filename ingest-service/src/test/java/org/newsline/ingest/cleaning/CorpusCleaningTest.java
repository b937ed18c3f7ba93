package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the cleaner over every article of {@code ../shared/corpus/*.ndjson} (skipped when absent),
 * counts the lines and articles each rule removes and prints an even sample of them per rule, so a
 * person can read what each rule takes from real text ({@code docs/quality.md}, "Cleaning"). {@code
 * -Dcleaning.sample=N} prints up to N lines per rule (default 15).
 */
class CorpusCleaningTest {

  private static final Path CORPUS = Path.of("..", "..", "shared", "corpus");
  private static final Path SAMPLES = Path.of("..", "..", "shared", "samples");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ArticleCleaner cleaner = new ArticleCleaner();

  /** The rules added for pages' own chrome (issue 19), which the corpus must not lose a line to. */
  private static final List<String> PAGE_CHROME_RULES =
      List.of(
          "ConsentNotices",
          "ShareBars",
          "SubscriptionPrompts",
          "ReadMoreLinks",
          "Bylines",
          "Timestamps");

  record Removal(String article, String line) {}

  @Test
  void pageChromeRulesRemoveNoLineOfTheCorpusAndEachRulesRemovalsArePrinted() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is absent");
    Map<String, List<Removal>> byRule = new TreeMap<>();
    Map<String, Integer> articlesByRule = new TreeMap<>();
    Map<String, List<Removal>> shapes = new TreeMap<>();
    Map<String, List<Removal>> fromSamples = new TreeMap<>();
    int articles = 0;
    for (Path file : files()) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String json = in.readLine(); json != null; json = in.readLine()) {
          JsonNode article = JSON.readTree(json);
          String id = article.get("id").asString();
          articles++;
          shapesAnywhere(id, article.get("body").asString(), shapes);
          cleaner.clean(
              article.get("title").asString(),
              article.get("body").asString(),
              (rule, lines) -> {
                String name = rule.getClass().getSimpleName();
                articlesByRule.merge(name, 1, Integer::sum);
                lines.forEach(
                    line ->
                        byRule
                            .computeIfAbsent(name, k -> new ArrayList<>())
                            .add(new Removal(id, line)));
              });
        }
      }
    }
    System.out.println("== corpus cleaning: " + articles + " articles; removed by each rule:");
    byRule.forEach(
        (rule, removals) -> print(rule + " (" + articlesByRule.get(rule) + " articles)", removals));
    for (Path file : samples()) {
      String name = file.getFileName().toString();
      cleaner.cleanPlainText(
          Files.readString(file, StandardCharsets.UTF_8),
          (rule, lines) ->
              lines.forEach(
                  line ->
                      fromSamples
                          .computeIfAbsent(rule.getClass().getSimpleName(), k -> new ArrayList<>())
                          .add(new Removal(name, line))));
    }
    System.out.println(
        "== the scraped pages of ../shared/samples (real chrome), removed by each rule:");
    fromSamples.forEach(CorpusCleaningTest::print);
    System.out.println(
        "== lines or paragraphs of the corpus with a new rule's shape, wherever they are (the"
            + " rules also need the position or neighbours they check):");
    shapes.forEach(CorpusCleaningTest::print);

    // The corpus is article text without page chrome: whatever these rules take from it is prose.
    for (String rule : PAGE_CHROME_RULES) {
      assertThat(byRule.getOrDefault(rule, List.of())).as(rule + " on the corpus").isEmpty();
    }
  }

  /** Each new rule's test of one line or paragraph, ignoring where it stands. */
  private static void shapesAnywhere(String id, String body, Map<String, List<Removal>> shapes) {
    Page page = new Page(TextNormaliser.text(body));
    for (List<Integer> paragraph : page.liveParagraphs()) {
      String text = page.joined(paragraph);
      shape(shapes, "ConsentNotices.isNotice", ConsentNotices.isNotice(text), id, text);
      shape(shapes, "ConsentNotices.isButtonRow", ConsentNotices.isButtonRow(text), id, text);
      shape(shapes, "SubscriptionPrompts.isPrompt", SubscriptionPrompts.isPrompt(text), id, text);
      for (int i : paragraph) {
        String line = page.text(i);
        shape(shapes, "ShareBars.isShareBar", ShareBars.isShareBar(line), id, line);
        shape(shapes, "ReadMoreLinks.isCall", ReadMoreLinks.isCall(line), id, line);
        shape(shapes, "Bylines.isByline", Bylines.isByline(line), id, line);
        shape(shapes, "Timestamps.isTimestamp", Timestamps.isTimestamp(line), id, line);
      }
    }
  }

  private static void shape(
      Map<String, List<Removal>> shapes, String test, boolean matches, String id, String text) {
    List<Removal> found = shapes.computeIfAbsent(test, k -> new ArrayList<>());
    if (matches) {
      found.add(new Removal(id, text));
    }
  }

  private static void print(String heading, List<Removal> removals) {
    int sample = Integer.getInteger("cleaning.sample", 15);
    System.out.printf("%-40s %5d%n", heading, removals.size());
    int step = Math.max(1, removals.size() / Math.max(1, sample));
    for (int n = 0; n < removals.size() && n / step < sample; n += step) {
      Removal r = removals.get(n);
      System.out.println("    " + r.article() + ": " + r.line());
    }
  }

  private static List<Path> samples() throws IOException {
    if (!Files.isDirectory(SAMPLES)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(SAMPLES)) {
      return list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      return list.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
    }
  }
}
