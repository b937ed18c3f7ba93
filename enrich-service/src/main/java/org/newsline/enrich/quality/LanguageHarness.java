package org.newsline.enrich.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.enrich.language.LanguageDetector;
import org.newsline.model.RawArticle;
import org.newsline.model.json.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * What language detection costs and whom it would wrongly keep from the English engine: the
 * detector's load time and heap; its verdicts on every corpus article (all English), on their
 * titles alone and on the first 100 characters of their bodies alone (short-text stress), and on
 * the CoNLL-2003 development documents (English, with sports tables); and, in the same run, the CPU
 * time of detection against the engine's on a sample of articles, per article.
 *
 * <pre>
 * ./mvnw -q -pl enrich-service exec:java -Dexec.mainClass=org.newsline.enrich.quality.LanguageHarness \
 *   -Dexec.args="--corpus ../shared/corpus --conll ../shared/dev-sets/conll2003/eng.testa --n 200 --seed 7"
 * </pre>
 */
public final class LanguageHarness {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private LanguageHarness() {}

  public static void main(String[] args) throws IOException {
    Path corpus = null;
    Path conll = null;
    int n = 200;
    long seed = 7;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--conll" -> conll = Path.of(args[++i]);
        case "--n" -> n = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    LanguageDetector detector = LanguageDetector.load();
    detector.detect("", "A sentence to warm the detector up before anything is measured.");
    out.printf(
        Locale.ROOT,
        "detector loaded in %.2f s, %.0f MB of heap%n",
        (System.nanoTime() - t0) / 1e9,
        (usedHeap() - heapBefore) / 1e6);
    List<RawArticle> articles = corpus == null ? List.of() : corpus(corpus);
    if (!articles.isEmpty()) {
      verdicts(out, "corpus articles", articles, a -> detector.detect(a.title(), a.body()));
      verdicts(out, "their titles alone", articles, a -> detector.detect(a.title(), ""));
      verdicts(
          out,
          "the first 100 characters of their bodies",
          articles,
          a -> detector.detect("", a.body().substring(0, Math.min(100, a.body().length()))));
    }
    if (conll != null) {
      List<ConllDocument> docs = ConllReader.read(conll);
      List<RawArticle> asArticles = new ArrayList<>();
      for (ConllDocument d : docs) {
        asArticles.add(raw(d.id(), "", d.body()));
      }
      verdicts(out, "CoNLL-2003 dev documents", asArticles, a -> detector.detect("", a.body()));
    }
    if (!articles.isEmpty() && n > 0) {
      List<RawArticle> sample = new ArrayList<>(articles);
      Collections.shuffle(sample, new Random(seed));
      cost(out, detector, sample.subList(0, Math.min(n, sample.size())));
    }
  }

  private static void verdicts(
      PrintStream out,
      String what,
      List<RawArticle> articles,
      Function<RawArticle, Optional<String>> detect) {
    Map<String, Integer> counts = new TreeMap<>();
    List<String> foreign = new ArrayList<>();
    for (RawArticle a : articles) {
      String verdict = detect.apply(a).orElse("undecidable");
      counts.merge(verdict, 1, Integer::sum);
      if (!verdict.equals("en") && !verdict.equals("undecidable") && foreign.size() < 10) {
        foreign.add(a.id() + " " + verdict);
      }
    }
    out.printf(Locale.ROOT, "%s (%d): %s%n", what, articles.size(), counts);
    if (!foreign.isEmpty()) {
      out.println("  called foreign: " + String.join(", ", foreign));
    }
  }

  /** CPU time of detection and of the engine, article by article, on this thread. */
  private static void cost(PrintStream out, LanguageDetector detector, List<RawArticle> sample) {
    CoreNlpEngine engine = new CoreNlpEngine(EngineSettings.defaults());
    for (RawArticle a : sample.subList(0, Math.min(20, sample.size()))) {
      engine.enrich(a);
      detector.detect(a.title(), a.body());
    }
    double[] ratios = new double[sample.size()];
    long detectTotal = 0;
    long engineTotal = 0;
    long tokens = 0;
    for (int i = 0; i < sample.size(); i++) {
      RawArticle a = sample.get(i);
      long s = CPU.getCurrentThreadCpuTime();
      detector.detect(a.title(), a.body());
      long detect = CPU.getCurrentThreadCpuTime() - s;
      s = CPU.getCurrentThreadCpuTime();
      tokens += engine.enrich(a).tokens();
      long enrich = CPU.getCurrentThreadCpuTime() - s;
      detectTotal += detect;
      engineTotal += enrich;
      ratios[i] = (double) detect / enrich;
    }
    Arrays.sort(ratios);
    out.printf(
        Locale.ROOT,
        "cost on %d articles (CPU, one thread): detection %.2f ms/article, engine %.1f ms/article"
            + " (%.0f tokens/s); detection / engine %.2f%% overall, per article p50 %.2f%% p95"
            + " %.2f%% max %.2f%%%n",
        sample.size(),
        detectTotal / 1e6 / sample.size(),
        engineTotal / 1e6 / sample.size(),
        tokens / (engineTotal / 1e9),
        100.0 * detectTotal / engineTotal,
        100 * ratios[ratios.length / 2],
        100 * ratios[(int) (ratios.length * 0.95)],
        100 * ratios[ratios.length - 1]);
  }

  private static List<RawArticle> corpus(Path dir) throws IOException {
    List<RawArticle> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          JsonNode node = EventJson.mapper().readTree(line);
          out.add(
              raw(
                  node.get("id").asString(),
                  node.get("title").asString(),
                  node.get("body").asString()));
        }
      }
    }
    return out;
  }

  private static RawArticle raw(String id, String title, String body) {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        id,
        "language-harness",
        null,
        title,
        body,
        null,
        Instant.parse("2025-04-20T12:00:00Z"),
        Instant.now(),
        HexFormat.of().formatHex(new byte[32]),
        List.of(),
        Map.of());
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
