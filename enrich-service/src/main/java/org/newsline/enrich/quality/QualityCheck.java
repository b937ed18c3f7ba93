package org.newsline.enrich.quality;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.DateMention;
import org.newsline.model.Entity;
import org.newsline.model.Figure;
import org.newsline.model.RawArticle;
import org.newsline.model.json.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * Prints what the engine finds in the sample articles and a seeded sample of the corpus, for a
 * person to judge at a glance; with {@code --bench} it measures throughput (tokens/s, one thread)
 * against a bare CoreNLP pipeline on the same articles instead.
 *
 * <pre>
 * mvn -q -pl enrich-service exec:java -Dexec.args="--samples ../shared/samples --corpus ../shared/corpus --n 5 --seed 7"
 * mvn -q -pl enrich-service exec:java -Dexec.args="--corpus ../shared/corpus --n 60 --seed 7 --bench"
 * </pre>
 *
 * Sample files: first line the title, the rest the body. {@code --published 2025-04-25} sets the
 * publication date of the sample files used to resolve relative dates. Corpus articles carry no
 * date; {@code --corpus-published 2025-04-25} gives them one, to see on which side of it dates
 * without a year or week fall (the years printed are then made up).
 */
public final class QualityCheck {

  /** Throughput is measured in the thread's CPU time: the machine may be busy with other work. */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private QualityCheck() {}

  public static void main(String[] args) throws IOException {
    Path samples = null;
    Path corpus = null;
    int n = 5;
    long seed = 7;
    boolean bench = false;
    boolean engineOnly = false;
    Instant published = null;
    Instant corpusPublished = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--samples" -> samples = Path.of(args[++i]);
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--n" -> n = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--bench" -> bench = true;
        case "--engine-only" -> engineOnly = true;
        case "--published" -> published = Instant.parse(args[++i] + "T12:00:00Z");
        case "--corpus-published" -> corpusPublished = Instant.parse(args[++i] + "T12:00:00Z");
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<RawArticle> articles = new ArrayList<>();
    if (samples != null && Files.isDirectory(samples)) {
      try (Stream<Path> files = Files.list(samples)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
          int nl = text.indexOf('\n');
          String title = nl < 0 ? text : text.substring(0, nl).trim();
          String body = nl < 0 ? "" : text.substring(nl + 1).strip();
          articles.add(raw(f.getFileName().toString().replace(".txt", ""), title, body, published));
        }
      }
    }
    if (corpus != null && Files.isDirectory(corpus)) {
      articles.addAll(corpusSample(corpus, n, seed, corpusPublished));
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (articles.isEmpty()) {
      out.println("no articles found");
      return;
    }
    long t0 = System.nanoTime();
    CoreNlpEngine engine = new CoreNlpEngine(EngineSettings.defaults());
    out.printf(Locale.ROOT, "engine loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    if (bench) {
      bench(engine, articles, out, engineOnly);
    } else {
      for (RawArticle a : articles) {
        print(a, engine, out);
      }
    }
  }

  private static void print(RawArticle a, CoreNlpEngine engine, PrintStream out) {
    long t = System.nanoTime();
    EnrichmentResult r = engine.enrich(a);
    double ms = (System.nanoTime() - t) / 1e6;
    out.printf(
        Locale.ROOT,
        "%n=== %s  (%d tokens, %.0f ms%s)%n    %s%n",
        a.id(),
        r.tokens(),
        ms,
        r.enrichment().partial() ? ", PARTIAL " + r.enrichment().warnings() : "",
        a.title());
    out.println("  entities:");
    for (Entity e : r.entities()) {
      out.printf(
          Locale.ROOT,
          "    %-34s %-12s %-18s x%d%s%n",
          e.name(),
          e.type(),
          e.subtype() == null ? "" : e.subtype(),
          e.count(),
          variants(e));
    }
    out.println("  figures:");
    for (Figure f : r.figures()) {
      out.printf(
          Locale.ROOT,
          "    %-48s -> %-7s %s %s%s%n",
          "\"" + f.text() + "\"",
          f.kind(),
          f.low() == f.high() ? num(f.value()) : num(f.low()) + ".." + num(f.high()),
          f.qualifier(),
          f.unit() == null ? "" : " [" + f.unit() + "]");
    }
    out.println("  dates:");
    for (DateMention d : r.dates()) {
      out.printf(Locale.ROOT, "    %-30s -> %s%n", "\"" + d.text() + "\"", d.value());
    }
  }

  private static String variants(Entity e) {
    List<String> texts =
        e.mentions().stream()
            .map(m -> m.text())
            .distinct()
            .filter(t -> !t.equals(e.name()))
            .toList();
    return texts.isEmpty() ? "" : "  also " + texts;
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static void bench(
      CoreNlpEngine engine, List<RawArticle> articles, PrintStream out, boolean engineOnly) {
    Properties bare = new Properties();
    bare.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    bare.setProperty("ner.applyFineGrained", "false");
    bare.setProperty("ssplit.newlineIsSentenceBreak", "two");
    bare.setProperty(
        "sutime.binders", "0"); // no JAXB runtime for the holiday binder, as in the engine
    StanfordCoreNLP baseline = engineOnly ? null : new StanfordCoreNLP(bare);
    // Warm-up on a few articles, then alternate rounds so neither side gets a warmer JVM.
    for (RawArticle a : articles.subList(0, Math.min(20, articles.size()))) {
      engine.enrich(a);
      if (baseline != null) {
        baseline.annotate(new Annotation(a.title() + "\n\n" + a.body()));
      }
    }
    Properties noTime = new Properties();
    noTime.putAll(bare);
    noTime.setProperty("ner.useSUTime", "false");
    StanfordCoreNLP ceiling = engineOnly ? null : new StanfordCoreNLP(noTime);
    long[] engineRun = new long[2];
    long[] baseRun = new long[2];
    long[] ceilingRun = new long[2];
    for (int round = 0; round < 2; round++) {
      long t = CPU.getCurrentThreadCpuTime();
      for (RawArticle a : articles) {
        engineRun[1] += engine.enrich(a).tokens();
      }
      engineRun[0] += CPU.getCurrentThreadCpuTime() - t;
      if (baseline != null) {
        run(baseline, articles, baseRun);
        run(ceiling, articles, ceilingRun);
      }
    }
    out.printf(Locale.ROOT, "%d articles x 2 rounds, 1 thread%n", articles.size());
    line(out, "engine (entities, figures, dates)", engineRun);
    line(out, "bare tokenize,ssplit,pos,lemma,ner coarse (SUTime on)", baseRun);
    line(out, "bare ... ner coarse, ner.useSUTime=false (no dates)", ceilingRun);
  }

  private static void run(StanfordCoreNLP pipeline, List<RawArticle> articles, long[] into) {
    long t = CPU.getCurrentThreadCpuTime();
    for (RawArticle a : articles) {
      Annotation doc = new Annotation(a.title() + "\n\n" + a.body());
      pipeline.annotate(doc);
      into[1] += doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    into[0] += CPU.getCurrentThreadCpuTime() - t;
  }

  private static void line(PrintStream out, String what, long[] run) {
    if (run[0] > 0) {
      out.printf(
          Locale.ROOT,
          "  %-56s %,9d tokens in %6.1f s CPU = %,7.0f tokens/s%n",
          what,
          run[1],
          run[0] / 1e9,
          run[1] / (run[0] / 1e9));
    }
  }

  private static List<RawArticle> corpusSample(Path dir, int n, long seed, Instant published)
      throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    Collections.shuffle(lines, new Random(seed));
    List<RawArticle> out = new ArrayList<>();
    for (String line : lines.subList(0, Math.min(n, lines.size()))) {
      JsonNode node = EventJson.mapper().readTree(line);
      out.add(
          raw(
              node.get("id").asString(),
              node.get("title").asString(),
              node.get("body").asString(),
              published));
    }
    return out;
  }

  private static RawArticle raw(String id, String title, String body, Instant published) {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        id,
        "quality-check",
        null,
        title,
        body,
        "en",
        published,
        Instant.now(),
        HexFormat.of().formatHex(new byte[32]),
        List.of(),
        java.util.Map.of());
  }
}
