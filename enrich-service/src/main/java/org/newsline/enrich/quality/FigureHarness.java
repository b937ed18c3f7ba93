package org.newsline.enrich.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.model.Figure;
import org.newsline.model.RawArticle;

/**
 * Scores the engine's figures, and bare CoreNLP's numeric mentions as the baseline, against the
 * Recognizers-Text dev sets and the project's annotated corpus sentences: precision, recall and F1
 * for value, value+unit, value+qualifier and value+change, per set. No Kafka: the engine is built
 * directly.
 *
 * <pre>
 * ./mvnw -q -pl enrich-service exec:java -Dexec.mainClass=org.newsline.enrich.quality.FigureHarness \
 *   -Dexec.args="--recognizers ../shared/dev-sets/recognizers-text \
 *   --corpus-annotations enrich-service/src/test/resources/quality/corpus-figures.tsv \
 *   --corpus-annotations enrich-service/src/test/resources/quality/corpus-figures-2.tsv \
 *   --corpus ../shared/corpus"
 * </pre>
 *
 * {@code --corpus-annotations} may be given more than once (one set per file: {@code
 * corpus-figures.tsv} is "corpus", {@code corpus-figures-2.tsv} "corpus-2"). {@code --no-baseline}
 * skips bare CoreNLP; {@code --errors SET[,SET...]} prints the engine's misses and wrong figures
 * for those sets, and the figures found with the right value but another direction ("change");
 * {@code --lost SET[,SET...]} the expected figures whose value bare CoreNLP finds and the engine
 * does not.
 */
public final class FigureHarness {

  private FigureHarness() {}

  /** One set's cases and which found figures count there. */
  record ScoredSet(String name, List<FigureCase> cases, Predicate<FoundFigure> counted) {}

  public static void main(String[] args) throws IOException {
    Path recognizers = null;
    List<Path> annotations = new ArrayList<>();
    Path corpus = null;
    boolean baseline = true;
    String errors = null;
    String lost = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--recognizers" -> recognizers = Path.of(args[++i]);
        case "--corpus-annotations" -> annotations.add(Path.of(args[++i]));
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--no-baseline" -> baseline = false;
        case "--errors" -> errors = args[++i];
        case "--lost" -> lost = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<ScoredSet> sets = sets(recognizers, annotations, corpus);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    CoreNlpEngine engine = new CoreNlpEngine(EngineSettings.defaults());
    Map<String, Map<FigureScore.Metric, FigureScore>> ours = score(sets, engineFinder(engine));
    Map<String, Map<FigureScore.Metric, FigureScore>> bare =
        baseline ? score(sets, new BareNumbers()::find) : null;
    out.printf(
        Locale.ROOT,
        "%-12s %-16s %5s | %-20s | %-20s%n",
        "set",
        "metric",
        "gold",
        "engine P / R / F1",
        baseline ? "bare CoreNLP P / R / F1" : "");
    for (ScoredSet s : sets) {
      for (var e : ours.get(s.name()).entrySet()) {
        FigureScore o = e.getValue();
        FigureScore b = bare == null ? null : bare.get(s.name()).get(e.getKey());
        out.printf(
            Locale.ROOT,
            "%-12s %-16s %5d | %s | %s%n",
            s.name(),
            e.getKey().label,
            o.expected,
            prf(o),
            b == null ? "" : prf(b));
      }
    }
    if (errors != null) {
      for (ScoredSet s : sets) {
        if (List.of(errors.split(",")).contains(s.name())) {
          printErrors(s, engineFinder(engine), out);
        }
      }
    }
    if (lost != null) {
      for (ScoredSet s : sets) {
        if (List.of(lost.split(",")).contains(s.name())) {
          printLost(s, engineFinder(engine), new BareNumbers()::find, out);
        }
      }
    }
  }

  /**
   * The expected figures whose value bare CoreNLP finds and the engine does not: the answers the
   * engine's layer loses.
   */
  private static void printLost(
      ScoredSet s,
      Function<FigureCase, List<FoundFigure>> engine,
      Function<FigureCase, List<FoundFigure>> bare,
      PrintStream out) {
    for (FigureCase c : s.cases()) {
      List<FoundFigure> ours = engine.apply(c).stream().filter(s.counted()).toList();
      List<FoundFigure> theirs = bare.apply(c).stream().filter(s.counted()).toList();
      for (FigureCase.Expected e : c.expected()) {
        if (valueFound(e, theirs) && !valueFound(e, ours)) {
          out.printf(
              Locale.ROOT,
              "lost %s \"%s\" %s..%s; engine: %s%n",
              c.id(),
              c.text(e.field()).substring(e.start(), e.end()),
              num(e.low()),
              num(e.high()),
              ours.stream()
                  .map(
                      f ->
                          "\""
                              + c.text(f.field()).substring(f.start(), f.end())
                              + "\" "
                              + num(f.low())
                              + ".."
                              + num(f.high()))
                  .toList());
        }
      }
    }
  }

  private static boolean valueFound(FigureCase.Expected e, List<FoundFigure> found) {
    return found.stream()
        .anyMatch(
            f ->
                f.field() == e.field()
                    && f.start() < e.end()
                    && e.start() < f.end()
                    && FigureScore.Metric.VALUE.agrees(e, f));
  }

  private static String prf(FigureScore s) {
    return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", s.precision(), s.recall(), s.f1());
  }

  static List<ScoredSet> sets(Path recognizers, List<Path> annotations, Path corpus)
      throws IOException {
    List<ScoredSet> sets = new ArrayList<>();
    if (recognizers != null) {
      for (RecognizersCases.Spec spec : RecognizersCases.SPECS) {
        if (Files.exists(recognizers.resolve(spec.file()))) {
          Predicate<FoundFigure> counted =
              spec.kinds().isEmpty()
                  ? FoundFigure::isRangeOrBound
                  : f -> spec.kinds().contains(f.kind());
          sets.add(new ScoredSet(spec.name(), RecognizersCases.load(recognizers, spec), counted));
        }
      }
    }
    if (corpus != null) {
      for (Path a : annotations) {
        List<FigureCase> cases = CorpusFigureCases.load(a, corpus);
        sets.add(new ScoredSet(CorpusFigureCases.setName(a), cases, f -> true));
      }
    }
    return sets;
  }

  static Function<FigureCase, List<FoundFigure>> engineFinder(CoreNlpEngine engine) {
    return c -> engine.enrich(article(c)).figures().stream().map(FigureHarness::found).toList();
  }

  static FoundFigure found(Figure f) {
    return new FoundFigure(
        f.field(),
        f.start(),
        f.end(),
        f.kind().name(),
        f.low(),
        f.high(),
        f.unitNormalized(),
        f.qualifier(),
        f.direction() == null ? null : f.direction().name());
  }

  static Map<String, Map<FigureScore.Metric, FigureScore>> score(
      List<ScoredSet> sets, Function<FigureCase, List<FoundFigure>> finder) {
    Map<String, Map<FigureScore.Metric, FigureScore>> out = new LinkedHashMap<>();
    for (ScoredSet s : sets) {
      List<FigureCase.Expected> all =
          s.cases().stream().flatMap(c -> c.expected().stream()).toList();
      Map<FigureScore.Metric, FigureScore> scores = new EnumMap<>(FigureScore.Metric.class);
      for (FigureScore.Metric m : FigureScore.Metric.values()) {
        if (m.appliesTo(all)) {
          scores.put(m, new FigureScore());
        }
      }
      for (FigureCase c : s.cases()) {
        List<FoundFigure> found = finder.apply(c);
        scores.forEach((m, score) -> score.add(c, found, s.counted(), m::agrees));
      }
      out.put(s.name(), scores);
    }
    return out;
  }

  private static void printErrors(
      ScoredSet s, Function<FigureCase, List<FoundFigure>> finder, PrintStream out) {
    for (FigureCase c : s.cases()) {
      List<FoundFigure> found =
          finder.apply(c).stream()
              .filter(s.counted())
              .filter(
                  f -> c.regions().stream().anyMatch(r -> r.holds(f.field(), f.start(), f.end())))
              .toList();
      List<String> lines = new ArrayList<>();
      for (FigureCase.Expected e : c.expected()) {
        boolean hit =
            found.stream()
                .anyMatch(
                    f ->
                        f.field() == e.field()
                            && f.start() < e.end()
                            && e.start() < f.end()
                            && listed(e, f));
        if (!hit) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "  missed \"%s\" %s..%s %s %s",
                  c.text(e.field()).substring(e.start(), e.end()),
                  num(e.low()),
                  num(e.high()),
                  e.unit(),
                  e.qualifier() == null ? "" : e.qualifier()));
        }
      }
      for (FoundFigure f : found) {
        boolean right =
            c.expected().stream()
                .anyMatch(
                    e ->
                        f.field() == e.field()
                            && f.start() < e.end()
                            && e.start() < f.end()
                            && listed(e, f));
        if (!right) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "  wrong  \"%s\" %s %s..%s %s %s",
                  c.text(f.field()).substring(f.start(), f.end()),
                  f.kind(),
                  num(f.low()),
                  num(f.high()),
                  f.unit(),
                  f.qualifier()));
        }
      }
      for (FigureCase.Expected e : c.expected()) {
        found.stream()
            .filter(
                f ->
                    f.field() == e.field()
                        && f.start() < e.end()
                        && e.start() < f.end()
                        && FigureScore.Metric.VALUE.agrees(e, f)
                        && !java.util.Objects.equals(e.direction(), f.direction()))
            .findFirst()
            .ifPresent(
                f ->
                    lines.add(
                        String.format(
                            Locale.ROOT,
                            "  change \"%s\" expected %s, found %s",
                            c.text(f.field()).substring(f.start(), f.end()),
                            e.direction(),
                            f.direction())));
      }
      if (!lines.isEmpty()) {
        out.println(c.id() + (c.set().startsWith("corpus") ? "" : ": " + c.body()));
        lines.forEach(out::println);
      }
    }
  }

  /** Value and unit agree; value alone where the set annotates no unit (number ranges). */
  private static boolean listed(FigureCase.Expected e, FoundFigure f) {
    return e.unit() == null
        ? FigureScore.Metric.VALUE.agrees(e, f)
        : FigureScore.Metric.VALUE_UNIT.agrees(e, f);
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static RawArticle article(FigureCase c) {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        c.id(),
        "figure-harness",
        null,
        c.title(),
        c.body(),
        "en",
        null,
        Instant.parse("2026-01-01T00:00:00Z"),
        HexFormat.of().formatHex(new byte[32]),
        List.of(),
        Map.of());
  }
}
