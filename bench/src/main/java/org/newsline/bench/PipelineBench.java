package org.newsline.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.newsline.localstack.ApiKeyFile;
import org.newsline.localstack.LocalStack;
import org.newsline.localstack.LocalStackSettings;

/**
 * Benchmark 4: the whole pipeline on a {@link LocalStack} (real KRaft broker, MongoDB stand-in,
 * ingest, enrich and store as separate Spring contexts, all in this one JVM). N corpus articles are
 * posted to ingest's batch endpoint as fast as it takes them; sustained throughput is N over the
 * time from the first post to the last article stored, end-to-end latency is {@code storedAt -
 * receivedAt} of each stored document. Then a latency-under-load curve: articles posted open-loop
 * (batches of {@code --curve-batch}) at 25/50/75/100% of that capacity for {@code --level-seconds}
 * each, each level drained before the next. Peak heap is the whole JVM's (the services share it).
 *
 * <pre>
 * bench/run PipelineBench --corpus ../shared/corpus/bbc_news_fulltext.ndjson [--n 2000]
 *     [--level-seconds 30] [--bare-rate (default: latest 2-thread bare rate of benchmark 1)]
 * </pre>
 */
public final class PipelineBench {

  static final String SECTION = "4. Whole pipeline";
  private static final String KEY = "bench-pipeline-key";

  private PipelineBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path corpus = Path.of(args.get("corpus", "../shared/corpus/bbc_news_fulltext.ndjson"));
    int n = args.getInt("n", 2000);
    int levelSeconds = args.getInt("level-seconds", 30);
    int curveBatch = args.getInt("curve-batch", 1);
    Report report = new Report(Path.of(args.get("docs", "docs")));
    double bareRate =
        Double.parseDouble(args.get("bare-rate", Double.toString(latestBareRate(report))));
    List<Corpus.Item> items = Corpus.sample(corpus, n, args.getLong("seed", 7));
    AtomicLong unique = new AtomicLong();

    Path dir = Files.createTempDirectory("newsline-bench-pipeline");
    LocalStackSettings settings =
        new LocalStackSettings(
            dir,
            Infra.freePort(),
            Infra.freePort(),
            Infra.freePort(),
            Infra.freePort(),
            Infra.freePort(),
            Infra.freePort());
    List<String> csv = new ArrayList<>();
    List<String> curveCsv = new ArrayList<>();
    try (LocalStack stack =
        new LocalStack(
            settings,
            ApiKeyFile.single(KEY),
            Map.of(
                "newsline.ingest.rate-limit.requests-per-second", "0",
                "logging.level.root", "WARN",
                "logging.level.org.newsline", "WARN"))) {
      stack.start();
      String base = settings.ingestUrl() + "/api/v1/articles/batch";
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newFixedThreadPool(4))
              .build();
      try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
        MongoCollection<Document> articles =
            client.getDatabase("newsline").getCollection("articles");

        // Warm-up: a few articles through the whole pipeline (JIT, connections, first batches).
        String warm = "warm";
        post(http, base, batchBody(items.subList(0, 20), warm, unique));
        awaitStored(articles, warm, 20, 300);

        // Capacity: everything at once, as fast as ingest accepts it.
        resetPeaks();
        String prefix = "cap";
        double load = Machine.load();
        long start = System.nanoTime();
        for (int from = 0; from < n; from += 100) {
          post(http, base, batchBody(items.subList(from, Math.min(n, from + 100)), prefix, unique));
        }
        double postSeconds = (System.nanoTime() - start) / 1e9;
        awaitStored(articles, prefix, n, 900);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = peakHeap();
        double capacity = n / seconds;
        double[] e2e = latencies(articles, prefix);
        for (double l : e2e) {
          csv.add(String.format(Locale.ROOT, "capacity,%.1f", l));
        }
        System.out.printf(
            Locale.ROOT,
            "%d articles accepted in %.1f s, all stored after %.1f s: %.2f articles/s (load %.2f)%n",
            n,
            postSeconds,
            seconds,
            capacity,
            load);

        // Latency under load.
        double[] fractions = {0.25, 0.5, 0.75, 1.0};
        for (double fraction : fractions) {
          String level = "lvl" + (int) (fraction * 100);
          double rate = fraction * capacity;
          int count = Math.max(curveBatch * 4, (int) (rate * levelSeconds));
          count = count - count % curveBatch;
          double loadNow = Machine.load();
          openLoop(http, base, items, level, unique, rate, count, curveBatch);
          awaitStored(articles, level, count, 600);
          double[] l = latencies(articles, level);
          for (double x : l) {
            csv.add(String.format(Locale.ROOT, "%s,%.1f", level, x));
          }
          curveCsv.add(
              String.format(
                  Locale.ROOT,
                  "%.2f,%.3f,%d,%.1f,%.1f,%.1f,%.2f",
                  fraction,
                  rate,
                  count,
                  Stats.percentile(l, 50),
                  Stats.percentile(l, 95),
                  Stats.percentile(l, 99),
                  loadNow));
          System.out.printf(
              Locale.ROOT,
              "%3.0f%% of capacity (%.2f articles/s, %d articles): e2e p50 %.0f ms, p95 %.0f ms,"
                  + " p99 %.0f ms%n",
              fraction * 100,
              rate,
              count,
              Stats.percentile(l, 50),
              Stats.percentile(l, 95),
              Stats.percentile(l, 99));
        }
        Path curve =
            report.csv(
                "pipeline-curve.csv",
                "fraction,articles_per_s,articles,p50_ms,p95_ms,p99_ms,load1",
                curveCsv);
        report.csv("pipeline-latencies.csv", "phase,e2e_ms", csv);
        plotCurve(curve, report.dir().resolve("pipeline-latency-under-load.png"));

        // The same run's bare engine (benchmark 1's baseline, engine configuration, 2 threads as
        // enrich's 2 consumers) on this corpus sample, measured while the idle stack still runs.
        double sameRunBare = sameRunBareRate(items, args.getInt("bare-articles", 100));
        System.out.printf(
            Locale.ROOT,
            "bare CoreNLP (engine configuration), 2 threads, same JVM, now: %.2f articles/s%n",
            sameRunBare);
        Machine machine = Machine.now();
        System.out.printf(
            Locale.ROOT,
            "%nthroughput %.2f articles/s; e2e p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; peak heap"
                + " %d MiB (whole JVM: broker, stand-in and the three services); ratio to bare"
                + " engine (%.2f articles/s) %.3f%n",
            capacity,
            Stats.percentile(e2e, 50),
            Stats.percentile(e2e, 95),
            Stats.percentile(e2e, 99),
            peakHeap >> 20,
            bareRate,
            capacity / bareRate);
        System.out.printf(
            Locale.ROOT, "ratio to the same run's bare engine %.3f%n", capacity / sameRunBare);
        report.appendRow(
            SECTION,
            String.format(
                Locale.ROOT,
                "| %s | %.2f | %d | %.2f | %.0f | %.0f | %.0f | %d | **%.3f** | %.3f |",
                machine.cells(),
                machine.loadAverage(),
                n,
                capacity,
                Stats.percentile(e2e, 50),
                Stats.percentile(e2e, 95),
                Stats.percentile(e2e, 99),
                peakHeap >> 20,
                capacity / sameRunBare,
                capacity / bareRate));
      }
    }
    System.exit(0);
  }

  static double sameRunBareRate(List<Corpus.Item> items, int n) throws Exception {
    edu.stanford.nlp.pipeline.StanfordCoreNLP bare =
        new edu.stanford.nlp.pipeline.StanfordCoreNLP(EnrichBench.engineConfiguration());
    java.time.Instant received = java.time.Instant.now();
    List<org.newsline.model.RawArticle> raws =
        items.subList(0, Math.min(n, items.size())).stream().map(i -> i.toRaw(received)).toList();
    java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      EnrichBench.Pipeline p = i -> EnrichBench.annotate(bare, raws.get(i));
      EnrichBench.run(pool, 2, p, Math.min(16, raws.size()));
      return EnrichBench.run(pool, 2, p, raws.size()).articlesPerSecond();
    } finally {
      pool.shutdownNow();
    }
  }

  /** The bare engine-config rate at 2 threads from benchmark 1's latest row. */
  static double latestBareRate(Report report) throws java.io.IOException {
    List<String> lines = Files.readAllLines(report.dir().getParent().resolve("benchmarks.md"));
    boolean in = false;
    double rate = Double.NaN;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        in = line.startsWith("## " + EnrichBench.SECTION);
      } else if (in && line.startsWith("| 2")) {
        String[] cells = line.split("\\|");
        // | date | cores | JDK | commit | load | articles | threads | ... | bare art/s | ...
        if (cells[7].trim().equals("2")) {
          rate = Double.parseDouble(cells[10].trim());
        }
      }
    }
    return rate;
  }

  static String batchBody(List<Corpus.Item> items, String prefix, AtomicLong unique) {
    StringBuilder body = new StringBuilder();
    for (Corpus.Item item : items) {
      body.append(item.toRequestJson("-" + prefix + unique.incrementAndGet())).append('\n');
    }
    return body.toString();
  }

  static HttpRequest request(String url, String ndjson) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("X-API-Key", KEY)
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(ndjson))
        .build();
  }

  static void post(HttpClient http, String url, String ndjson) throws Exception {
    HttpResponse<String> r = http.send(request(url, ndjson), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException("ingest answered " + r.statusCode() + ": " + r.body());
    }
  }

  static void openLoop(
      HttpClient http,
      String url,
      List<Corpus.Item> items,
      String prefix,
      AtomicLong unique,
      double articlesPerSecond,
      int count,
      int batch)
      throws Exception {
    long interval = (long) (1e9 * batch / articlesPerSecond);
    long start = System.nanoTime();
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (int i = 0; i < count / batch; i++) {
      List<Corpus.Item> slice = new ArrayList<>();
      for (int k = 0; k < batch; k++) {
        slice.add(items.get((i * batch + k) % items.size()));
      }
      String body = batchBody(slice, prefix, unique);
      long wait = start + i * interval - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      all.add(
          http.sendAsync(request(url, body), HttpResponse.BodyHandlers.ofString())
              .thenAccept(
                  r -> {
                    if (r.statusCode() / 100 != 2) {
                      throw new IllegalStateException("ingest answered " + r.statusCode());
                    }
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
  }

  static void awaitStored(MongoCollection<Document> articles, String prefix, int n, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      long stored = articles.countDocuments(Filters.regex("_id", "-" + prefix + "\\d+$"));
      if (stored >= n) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(prefix + ": not all " + n + " stored in " + seconds + " s");
  }

  static double[] latencies(MongoCollection<Document> articles, String prefix) {
    List<Double> out = new ArrayList<>();
    for (Document d :
        articles
            .find(Filters.regex("_id", "-" + prefix + "\\d+$"))
            .projection(Projections.include("receivedAt", "storedAt"))) {
      Date received = d.getDate("receivedAt");
      Date stored = d.getDate("storedAt");
      out.add((double) (stored.getTime() - received.getTime()));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the reset (an upper bound of the peak heap in use). */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Latency percentiles against offered load, from the CSV. */
  static void plotCurve(Path csv, Path png) throws java.io.IOException {
    List<String[]> rows = ScalingBench.readCsv(csv);
    double[] x = rows.stream().mapToDouble(r -> Double.parseDouble(r[0]) * 100).toArray();
    List<Charts.Series> series = new ArrayList<>();
    String[] names = {"p50", "p95", "p99"};
    for (int k = 0; k < 3; k++) {
      int column = 3 + k;
      series.add(
          new Charts.Series(
              names[k],
              x,
              rows.stream().mapToDouble(r -> Double.parseDouble(r[column])).toArray(),
              false));
    }
    Charts.xy(
        png,
        "Whole pipeline: end-to-end latency (receivedAt to storedAt) under load",
        "offered load, % of measured capacity",
        "latency, ms",
        series);
  }
}
