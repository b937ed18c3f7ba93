package org.newsline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsline.enrich.dates.DateExtractor;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.kafka.EventSerializer;

/**
 * Benchmark 1: the enrich path as the service runs it (raw record JSON bytes in, {@link
 * EventDeserializer}, {@link CoreNlpEngine}, {@link EnrichedArticle}, {@link EventSerializer} bytes
 * out) against a bare {@link StanfordCoreNLP} with the engine's own annotator configuration, and
 * against CoreNLP's default coarse NER (with SUTime) for context. Same articles, same JVM, same
 * thread count, after warm-up, in interleaved rounds whose order rotates.
 *
 * <pre>
 * bench/run EnrichBench --corpus ../shared/corpus/bbc_news_fulltext.ndjson [--n 100] [--seed 7]
 *     [--rounds 3] [--warmup 16] [--threads 1,2]
 *     [--context-rounds 1]
 * </pre>
 */
public final class EnrichBench {

  static final String SECTION = "1. Enrichment";

  /** CPU time of the worker threads: other processes on this shared machine do not count. */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private EnrichBench() {}

  /** One way of processing article {@code i}; returns the tokens it annotated. */
  interface Pipeline {
    int process(int i);
  }

  /** Wall time and tokens of one timed run. */
  record Run(long nanos, long cpuNanos, long tokens, int articles) {
    double articlesPerSecond() {
      return articles / (nanos / 1e9);
    }

    double tokensPerSecond() {
      return tokens / (nanos / 1e9);
    }
  }

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path corpus = Path.of(args.get("corpus", "../shared/corpus/bbc_news_fulltext.ndjson"));
    int n = args.getInt("n", 100);
    long seed = args.getLong("seed", 7);
    int rounds = args.getInt("rounds", 3);
    int warmup = args.getInt("warmup", 16);
    int contextRounds = args.getInt("context-rounds", 1);
    int[] threadCounts =
        java.util.Arrays.stream(args.get("threads", "1,2").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    Report report = new Report(Path.of(args.get("docs", "docs")));

    List<Corpus.Item> items = Corpus.sample(corpus, n, seed);
    EventSerializer<RawArticle> rawOut = new EventSerializer<>();
    Instant received = Instant.parse("2026-01-01T00:00:00Z");
    List<byte[]> records = new ArrayList<>();
    List<RawArticle> raws = new ArrayList<>();
    for (Corpus.Item item : items) {
      RawArticle raw = item.toRaw(received);
      raws.add(raw);
      records.add(rawOut.serialize("articles.raw", raw));
    }

    long t0 = System.nanoTime();
    CoreNlpEngine engine = new CoreNlpEngine(EngineSettings.defaults());
    StanfordCoreNLP sameConfig = new StanfordCoreNLP(engineConfiguration());
    StanfordCoreNLP coreNlpDefault = new StanfordCoreNLP(defaultCoarse());
    System.out.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);

    EventDeserializer<RawArticle> in =
        new EventDeserializer<>(RawArticle.class, RawArticle.CURRENT_SCHEMA_VERSION);
    EventSerializer<EnrichedArticle> out = new EventSerializer<>();
    java.util.concurrent.atomic.LongAdder sink = new java.util.concurrent.atomic.LongAdder();
    Map<String, Pipeline> pipelines = new LinkedHashMap<>();
    pipelines.put(
        "enrich path",
        i -> {
          RawArticle raw = in.deserialize("articles.raw", records.get(i));
          EnrichmentResult result = engine.enrich(raw);
          byte[] bytes = out.serialize("articles.enriched", result.toArticle(raw, Instant.now()));
          sink.add(bytes.length);
          return result.tokens();
        });
    pipelines.put("bare CoreNLP, engine config", i -> annotate(sameConfig, raws.get(i)));
    pipelines.put("bare CoreNLP, default coarse", i -> annotate(coreNlpDefault, raws.get(i)));
    DateExtractor sutime = new DateExtractor();
    pipelines.put(
        "bare CoreNLP + SUTime windows", i -> annotateWithDates(sameConfig, sutime, raws.get(i)));

    int maxThreads = java.util.Arrays.stream(threadCounts).max().orElse(1);
    ExecutorService pool = Executors.newFixedThreadPool(maxThreads);
    try {
      // Warm-up: every pipeline on the first articles, on all threads.
      int w = Math.min(warmup, records.size());
      for (Pipeline p : pipelines.values()) {
        run(pool, maxThreads, p, w);
      }
      List<String> names = new ArrayList<>(pipelines.keySet());
      List<String> csv = new ArrayList<>();
      Map<String, long[]> totals = new LinkedHashMap<>(); // key -> {nanos, tokens, articles}
      for (int round = 1; round <= rounds; round++) {
        for (int threads : threadCounts) {
          for (int k = 0; k < names.size(); k++) {
            String name = names.get((k + round + threads) % names.size());
            if (name.equals(names.get(2)) && round > contextRounds) {
              continue; // the slow default pipeline is context only
            }
            double load = Machine.load();
            Run r = run(pool, threads, pipelines.get(name), records.size());
            csv.add(
                String.format(
                    Locale.ROOT,
                    "%d,%d,%s,%d,%d,%.3f,%.3f,%.2f,%.0f,%.2f",
                    round,
                    threads,
                    name,
                    r.articles(),
                    r.tokens(),
                    r.nanos() / 1e9,
                    r.cpuNanos() / 1e9,
                    r.articlesPerSecond(),
                    r.tokensPerSecond(),
                    load));
            long[] t = totals.computeIfAbsent(name + "|" + threads, x -> new long[4]);
            t[0] += r.nanos();
            t[1] += r.tokens();
            t[2] += r.articles();
            t[3] += r.cpuNanos();
            System.out.printf(
                Locale.ROOT,
                "round %d, %d thread(s): %-30s %6.2f articles/s %7.0f tokens/s (load %.2f)%n",
                round,
                threads,
                name,
                r.articlesPerSecond(),
                r.tokensPerSecond(),
                load);
          }
        }
      }
      report.csv(
          "enrich-rounds.csv",
          "round,threads,pipeline,articles,tokens,wall_s,cpu_s,articles_per_s,tokens_per_s,load1",
          csv);

      Machine machine = Machine.now();
      System.out.printf(
          Locale.ROOT,
          "%n%d articles (seed %d), %d rounds; totals over rounds%n",
          records.size(),
          seed,
          rounds);
      System.out.printf(
          Locale.ROOT,
          "%-8s %-30s %10s %10s %8s %12s %9s%n",
          "threads",
          "pipeline",
          "articles/s",
          "tokens/s",
          "ratio",
          "art/CPU-s",
          "CPU ratio");
      Map<Integer, Double> engineRate = new LinkedHashMap<>();
      for (int threads : threadCounts) {
        double base = rate(totals.get(names.get(1) + "|" + threads));
        for (String name : names) {
          long[] t = totals.get(name + "|" + threads);
          System.out.printf(
              Locale.ROOT,
              "%-8d %-30s %10.2f %10.0f %8.3f %12.2f %9.3f%n",
              threads,
              name,
              rate(t),
              t[1] / (t[0] / 1e9),
              rate(t) / base,
              cpuRate(t),
              cpuRate(t) / cpuRate(totals.get(names.get(1) + "|" + threads)));
        }
        long[] e = totals.get(names.get(0) + "|" + threads);
        long[] d = totals.get(names.get(2) + "|" + threads);
        engineRate.put(threads, rate(e));
        double scaling = rate(e) / engineRate.getOrDefault(threadCounts[0], rate(e));
        long[] b = totals.get(names.get(1) + "|" + threads);
        long[] withDates = totals.get(names.get(3) + "|" + threads);
        report.appendRow(
            SECTION,
            String.format(
                Locale.ROOT,
                "| %s | %.2f | %d | %d | %.2f | %.0f | %.2f | **%.3f** | %.3f | %s | %.2f | %.2f |"
                    + " **%.3f** | %.3f |",
                machine.cells(),
                machine.loadAverage(),
                records.size(),
                threads,
                rate(e),
                e[1] / (e[0] / 1e9),
                base,
                rate(e) / base,
                cpuRate(e) / cpuRate(b),
                d == null ? "-" : String.format(Locale.ROOT, "%.3f", cpuRate(e) / cpuRate(d)),
                scaling,
                rate(withDates),
                rate(e) / rate(withDates),
                cpuRate(e) / cpuRate(withDates)));
      }
    } finally {
      pool.shutdownNow();
    }
    if (sink.sum() == 0) {
      throw new IllegalStateException("no output");
    }
  }

  private static double cpuRate(long[] t) {
    return t[2] / (t[3] / 1e9);
  }

  private static double rate(long[] t) {
    return t[2] / (t[0] / 1e9);
  }

  /**
   * The bare pipeline the engine's configuration implies: its splitter and tagger settings in one
   * {@code tokenize,ssplit,pos,lemma,ner} pipeline.
   */
  static Properties engineConfiguration() {
    Properties p = new Properties();
    p.putAll(CoreNlpEngine.splitterProperties());
    p.putAll(CoreNlpEngine.taggerProperties());
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("enforceRequirements", "true");
    return p;
  }

  /** CoreNLP's defaults with coarse NER only (three CRFs, SUTime, numeric classifiers). */
  static Properties defaultCoarse() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    // No JAXB runtime on the class path for SUTime's holiday binder (as in the engine).
    p.setProperty("sutime.binders", "0");
    return p;
  }

  /**
   * The bare pipeline plus CoreNLP's part of the engine's date extraction: SUTime on the same
   * stretches around date words of the sentences that may hold a date, its output unfiltered. What
   * the enrich path adds on top is only our own code (sentence cutting, entity merging, figures,
   * the choice of dates, JSON).
   */
  static int annotateWithDates(StanfordCoreNLP pipeline, DateExtractor dates, RawArticle raw) {
    int tokens = 0;
    String docDate = DateExtractor.documentDate(raw.publishedAt());
    for (String text : List.of(raw.title(), raw.body())) {
      if (!text.isBlank()) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        for (var sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
          if (DateExtractor.mayHoldDate(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
            dates.timeExpressions(sentence, text, docDate);
          }
        }
      }
    }
    return tokens;
  }

  /** Title and body annotated separately, as the engine does. */
  static int annotate(StanfordCoreNLP pipeline, RawArticle raw) {
    int tokens = 0;
    for (String text : List.of(raw.title(), raw.body())) {
      if (!text.isBlank()) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    return tokens;
  }

  static Run run(ExecutorService pool, int threads, Pipeline pipeline, int articles)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<long[]>> workers = new ArrayList<>();
    java.util.concurrent.atomic.LongAdder cpu = new java.util.concurrent.atomic.LongAdder();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                long cpuStart = CPU.getCurrentThreadCpuTime();
                long tokens = 0;
                for (int i = next.getAndIncrement(); i < articles; i = next.getAndIncrement()) {
                  tokens += pipeline.process(i);
                }
                return new long[] {tokens, CPU.getCurrentThreadCpuTime() - cpuStart};
              }));
    }
    long tokens = 0;
    for (Future<long[]> f : workers) {
      tokens += f.get()[0];
      cpu.add(f.get()[1]);
    }
    return new Run(System.nanoTime() - start, cpu.sum(), tokens, articles);
  }
}
