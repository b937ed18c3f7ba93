package org.newsline.enrich.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsline.model.Field;
import org.newsline.model.Qualifier;
import org.newsline.model.json.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * The project's own annotations over corpus articles: offsets and expected values only, keyed by
 * article id and field; the text is read from the corpus at run time. Format (tab-separated, '#'
 * comments), see {@code docs/quality.md}:
 *
 * <pre>
 * region  ARTICLE  FIELD  START  END
 * figure  ARTICLE  FIELD  START  END  LOW  HIGH  UNIT  QUALIFIER  DIRECTION
 * </pre>
 *
 * A region is annotated in full; a figure lies inside one. {@code HIGH} is {@code -} for a single
 * value, {@code UNIT} and {@code DIRECTION} {@code -} for none; a money unit is an ISO code.
 */
final class CorpusFigureCases {

  private CorpusFigureCases() {}

  static List<FigureCase> load(Path annotations, Path corpus) throws IOException {
    return load(setName(annotations), annotations, corpus);
  }

  /** "corpus" for {@code corpus-figures.tsv}, "corpus-2" for {@code corpus-figures-2.tsv}. */
  static String setName(Path annotations) {
    String file = annotations.getFileName().toString().replaceFirst("\\.tsv$", "");
    return file.startsWith("corpus-figures")
        ? file.replaceFirst("^corpus-figures", "corpus")
        : file;
  }

  static List<FigureCase> load(String set, Path annotations, Path corpus) throws IOException {
    Map<String, List<FigureCase.Region>> regions = new LinkedHashMap<>();
    Map<String, List<FigureCase.Expected>> expected = new HashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(annotations, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      Field field = Field.valueOf(c[2].toUpperCase(java.util.Locale.ROOT));
      int start = Integer.parseInt(c[3]);
      int end = Integer.parseInt(c[4]);
      switch (c[0]) {
        case "region" ->
            regions
                .computeIfAbsent(c[1], k -> new ArrayList<>())
                .add(new FigureCase.Region(field, start, end));
        case "figure" -> {
          if (c.length != 10) {
            throw new IllegalArgumentException(
                annotations + ":" + lineNo + ": 10 columns expected");
          }
          double low = Double.parseDouble(c[5]);
          double high = c[6].equals("-") ? low : Double.parseDouble(c[6]);
          String unit = c[7].equals("-") ? null : c[7];
          boolean money = unit != null && unit.matches("[A-Z]{3}");
          expected
              .computeIfAbsent(c[1], k -> new ArrayList<>())
              .add(
                  new FigureCase.Expected(
                      field,
                      start,
                      end,
                      low,
                      high,
                      unit == null ? "-" : UnitNames.canonical(unit, money),
                      Qualifier.valueOf(c[8]),
                      c[9].equals("-") ? null : c[9]));
        }
        default ->
            throw new IllegalArgumentException(annotations + ":" + lineNo + ": unknown " + c[0]);
      }
    }
    Map<String, JsonNode> articles = articles(corpus, regions.keySet());
    List<FigureCase> cases = new ArrayList<>();
    for (var e : regions.entrySet()) {
      JsonNode a = articles.get(e.getKey());
      if (a == null) {
        throw new IllegalArgumentException("article " + e.getKey() + " not in " + corpus);
      }
      cases.add(
          new FigureCase(
              set,
              e.getKey(),
              a.get("title").asString(),
              a.get("body").asString(),
              e.getValue(),
              expected.getOrDefault(e.getKey(), List.of())));
    }
    return cases;
  }

  private static Map<String, JsonNode> articles(Path corpus, java.util.Set<String> ids)
      throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode node = EventJson.mapper().readTree(line);
          if (ids.contains(node.get("id").asString())) {
            out.put(node.get("id").asString(), node);
          }
        }
      }
    }
    return out;
  }
}
