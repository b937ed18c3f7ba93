package org.newsline.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.kafka.EventSerializer;

/**
 * Benchmark 5: per-article time of the enrich path (JSON in, engine, JSON out; one thread, after
 * warm-up) against article length in tokens, across a seeded sample of the corpus (1,000 articles
 * by default); prints the least-squares line and names the articles more than 3 residual standard
 * deviations above or below it. Writes {@code scaling.csv} and plots {@code scaling.png} from it.
 *
 * <pre>
 * bench/run ScalingBench --corpus ../shared/corpus/bbc_news_fulltext.ndjson [--n 1000]
 *     [--warmup 20] [--repeats 1]
 * </pre>
 */
public final class ScalingBench {

  static final String SECTION = "5. Scaling";

  private ScalingBench() {}

  record Point(String id, String title, int tokens, double ms) {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path corpus = Path.of(args.get("corpus", "../shared/corpus/bbc_news_fulltext.ndjson"));
    int n = args.getInt("n", 1000);
    int warmup = args.getInt("warmup", 20);
    int repeats = args.getInt("repeats", 1);
    long seed = args.getLong("seed", 7);
    Report report = new Report(Path.of(args.get("docs", "docs")));

    List<Corpus.Item> items = Corpus.sample(corpus, n, seed);
    EventSerializer<RawArticle> rawOut = new EventSerializer<>();
    EventDeserializer<RawArticle> in =
        new EventDeserializer<>(RawArticle.class, RawArticle.CURRENT_SCHEMA_VERSION);
    EventSerializer<EnrichedArticle> out = new EventSerializer<>();
    Instant received = Instant.parse("2026-01-01T00:00:00Z");
    List<byte[]> records =
        items.stream().map(i -> rawOut.serialize("articles.raw", i.toRaw(received))).toList();
    CoreNlpEngine engine = new CoreNlpEngine(EngineSettings.defaults());
    for (int i = 0; i < Math.min(warmup, records.size()); i++) {
      engine.enrich(in.deserialize("articles.raw", records.get(i)));
    }
    List<Point> points = new ArrayList<>();
    long sink = 0;
    for (int i = 0; i < records.size(); i++) {
      double best = Double.MAX_VALUE;
      int tokens = 0;
      for (int r = 0; r < repeats; r++) {
        long t = System.nanoTime();
        RawArticle raw = in.deserialize("articles.raw", records.get(i));
        EnrichmentResult result = engine.enrich(raw);
        sink += out.serialize("articles.enriched", result.toArticle(raw, Instant.now())).length;
        best = Math.min(best, (System.nanoTime() - t) / 1e6);
        tokens = result.tokens();
      }
      points.add(new Point(items.get(i).id(), items.get(i).title(), tokens, best));
      if ((i + 1) % 200 == 0) {
        System.out.printf(Locale.ROOT, "%d of %d articles%n", i + 1, records.size());
      }
    }
    if (sink == 0) {
      throw new IllegalStateException("no output");
    }
    List<String> rows =
        points.stream()
            .map(p -> String.format(Locale.ROOT, "%s,%d,%.3f", p.id(), p.tokens(), p.ms()))
            .toList();
    Path csv = report.csv("scaling.csv", "id,tokens,ms", rows);
    Result result = analyse(csv);
    plot(csv, result, report.dir().resolve("scaling.png"));

    Machine machine = Machine.now();
    System.out.printf(
        Locale.ROOT,
        "%n%d articles, %d..%d tokens; time = %.1f ms + %.2f ms per 1000 tokens (R² %.3f, residual"
            + " sd %.1f ms)%n",
        points.size(),
        points.stream().mapToInt(Point::tokens).min().orElse(0),
        points.stream().mapToInt(Point::tokens).max().orElse(0),
        result.line().intercept(),
        result.line().slope() * 1000,
        result.line().r2(),
        result.line().residualSd());
    System.out.println(
        "slope: " + String.format(Locale.ROOT, "%.4f", result.line().slope()) + " ms/token");
    List<String> named = new ArrayList<>();
    for (String id : result.outliers()) {
      Point p = points.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      String line =
          String.format(
              Locale.ROOT,
              "%s (%d tokens, %.0f ms, fit %.0f ms)",
              p.id(),
              p.tokens(),
              p.ms(),
              result.line().at(p.tokens()));
      named.add(line);
      System.out.println("outlier: " + line + "  \"" + p.title() + "\"");
    }
    report.appendRow(
        SECTION,
        String.format(
            Locale.ROOT,
            "| %s | %.2f | %d | %.2f | %.1f | %.3f | %s |",
            machine.cells(),
            machine.loadAverage(),
            points.size(),
            result.line().slope() * 1000,
            result.line().intercept(),
            result.line().r2(),
            named.isEmpty() ? "none" : String.join("; ", named)));
  }

  record Result(Stats.Line line, List<String> outliers) {}

  /** Fits time against tokens from the CSV and names the points beyond 3 residual sd. */
  static Result analyse(Path csv) throws java.io.IOException {
    List<String[]> rows = readCsv(csv);
    double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
    double[] y = rows.stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray();
    Stats.Line line = Stats.fit(x, y);
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(y[i] - line.at(x[i])) > 3 * line.residualSd()) {
        out.add(rows.get(i));
      }
    }
    out.sort(
        Comparator.comparingDouble(
            (String[] r) ->
                -Math.abs(Double.parseDouble(r[2]) - line.at(Double.parseDouble(r[1])))));
    return new Result(line, out.stream().map(r -> r[0]).toList());
  }

  /** Draws time against tokens, with the fitted line, from the CSV. */
  static void plot(Path csv, Result result, Path png) throws java.io.IOException {
    List<String[]> rows = readCsv(csv);
    double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
    double[] y = rows.stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray();
    double max = java.util.Arrays.stream(x).max().orElse(1);
    Stats.Line line = result.line();
    Charts.xy(
        png,
        String.format(
            Locale.ROOT,
            "Enrich path time per article vs length (%.2f ms per 1000 tokens, R² %.2f)",
            line.slope() * 1000,
            line.r2()),
        "tokens",
        "ms (one thread)",
        List.of(
            new Charts.Series("articles", x, y, true),
            new Charts.Series(
                "least-squares fit",
                new double[] {0, max},
                new double[] {line.at(0), line.at(max)},
                false)));
  }

  static List<String[]> readCsv(Path csv) throws java.io.IOException {
    List<String> lines = java.nio.file.Files.readAllLines(csv);
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
  }
}
