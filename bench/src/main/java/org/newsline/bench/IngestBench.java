package org.newsline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsline.ingest.IngestApplication;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventSerializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark 2: articles/s accepted by the ingest service (batch NDJSON endpoint and single-article
 * endpoint; each accepted only after Kafka acknowledged it) into a real in-process KRaft broker,
 * against a bare {@link KafkaProducer} with ingest's producer settings ({@code acks=all},
 * idempotence, linger 5 ms, 5 in flight) sending the same serialised records. Then request latency
 * p50/p99 at 50% and 90% of each endpoint's measured maximum, with requests sent open-loop at a
 * fixed rate (latency counted from each request's scheduled time, so a stall is not hidden).
 *
 * <pre>
 * bench/run IngestBench --corpus ../shared/corpus/bbc_news_fulltext.ndjson [--n 3000]
 *     [--batch 100] [--clients 4] [--rounds 2] [--level-seconds 8]
 * </pre>
 */
public final class IngestBench {

  static final String SECTION = "2. Ingest";
  private static final String KEY = "bench-ingest-key";

  private IngestBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path corpus = Path.of(args.get("corpus", "../shared/corpus/bbc_news_fulltext.ndjson"));
    int n = args.getInt("n", 3000);
    int batch = args.getInt("batch", 100);
    int clients = args.getInt("clients", 4);
    int rounds = args.getInt("rounds", 2);
    int levelSeconds = args.getInt("level-seconds", 8);
    Report report = new Report(Path.of(args.get("docs", "docs")));
    List<Corpus.Item> items = Corpus.sample(corpus, 500, args.getLong("seed", 7));
    AtomicLong unique = new AtomicLong();

    List<String> csv = new ArrayList<>();
    try (Infra infra = Infra.start(false)) {
      String topic = "bench-raw";
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("server.port", 0);
      p.put("newsline.security.api-keys", KEY);
      p.put("newsline.kafka.topics.raw", topic);
      p.put("newsline.kafka.topics.raw-dlt", topic + "-dlt");
      p.put("newsline.ingest.rate-limit.requests-per-second", 0);
      p.put("server.tomcat.threads.max", 50);
      Infra.excludeMongo(p);
      ConfigurableApplicationContext ingest = infra.service(IngestApplication.class, p);
      String base =
          "http://localhost:"
              + ingest.getEnvironment().getProperty("local.server.port")
              + "/api/v1/articles";
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newFixedThreadPool(8))
              .build();
      KafkaProducer<String, byte[]> bare = bareProducer(infra);
      EventSerializer<RawArticle> serializer = new EventSerializer<>();
      Instant received = Instant.now();

      // Warm-up: the JIT, the connections, the producers.
      runBare(bare, topic, items, serializer, received, unique, 500);
      runHttp(http, base, items, unique, 500, batch, clients);
      runHttp(http, base, items, unique, 200, 1, clients);

      double[] bareT = new double[2];
      double[] batchT = new double[2];
      double[] singleT = new double[2];
      for (int round = 1; round <= rounds; round++) {
        double load = Machine.load();
        double b = runBare(bare, topic, items, serializer, received, unique, n);
        double bt = runHttp(http, base, items, unique, n, batch, clients);
        double st = runHttp(http, base, items, unique, n / 2, 1, clients * 2);
        add(bareT, n, b);
        add(batchT, n, bt);
        add(singleT, n / 2, st);
        csv.add(row("max", round, "bare producer", n, b, load));
        csv.add(row("max", round, "batch endpoint", n, bt, load));
        csv.add(row("max", round, "single endpoint", n / 2, st, load));
        System.out.printf(
            Locale.ROOT,
            "round %d: bare producer %7.0f articles/s, batch endpoint %7.0f, single endpoint %7.0f"
                + " (load %.2f)%n",
            round,
            n / b,
            n / bt,
            (n / 2) / st,
            load);
      }
      double bareRate = bareT[0] / bareT[1];
      double batchRate = batchT[0] / batchT[1];
      double singleRate = singleT[0] / singleT[1];

      // Latency at fixed fractions of each endpoint's maximum, open loop.
      Map<String, double[]> latency = new LinkedHashMap<>(); // name -> p50, p99
      for (double fraction : new double[] {0.5, 0.9}) {
        double batchesPerSecond = fraction * batchRate / batch;
        double[] bl = openLoop(http, base, items, unique, batch, batchesPerSecond, levelSeconds);
        double[] sl = openLoop(http, base, items, unique, 1, fraction * singleRate, levelSeconds);
        latency.put("batch@" + fraction, bl);
        latency.put("single@" + fraction, sl);
        csv.add(latencyRow(fraction, "batch endpoint", batchesPerSecond * batch, bl));
        csv.add(latencyRow(fraction, "single endpoint", fraction * singleRate, sl));
      }
      bare.close(Duration.ofSeconds(5));
      ingest.close();

      report.csv(
          "ingest.csv",
          "phase,round_or_fraction,path,articles_or_rate,seconds_or_p50_ms,rate_or_p99_ms,load1",
          csv);
      Machine machine = Machine.now();
      System.out.printf(
          Locale.ROOT,
          "%n%-22s %12s %8s %22s %22s%n",
          "path",
          "articles/s",
          "ratio",
          "p50/p99 ms at 50%",
          "p50/p99 ms at 90%");
      System.out.printf(Locale.ROOT, "%-22s %12.0f %8.3f%n", "bare producer", bareRate, 1.0);
      for (String name : List.of("batch", "single")) {
        double rate = name.equals("batch") ? batchRate : singleRate;
        double[] l50 = latency.get(name + "@0.5");
        double[] l90 = latency.get(name + "@0.9");
        System.out.printf(
            Locale.ROOT,
            "%-22s %12.0f %8.3f %22s %22s%n",
            name + " endpoint",
            rate,
            rate / bareRate,
            String.format(Locale.ROOT, "%.1f / %.1f", l50[0], l50[1]),
            String.format(Locale.ROOT, "%.1f / %.1f", l90[0], l90[1]));
      }
      report.appendRow(
          SECTION,
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %d | %.0f | %.0f | **%.3f** | %.0f | %.3f | batch %.1f/%.1f, single"
                  + " %.1f/%.1f | batch %.1f/%.1f, single %.1f/%.1f |",
              machine.cells(),
              machine.loadAverage(),
              n,
              bareRate,
              batchRate,
              batchRate / bareRate,
              singleRate,
              singleRate / bareRate,
              latency.get("batch@0.5")[0],
              latency.get("batch@0.5")[1],
              latency.get("single@0.5")[0],
              latency.get("single@0.5")[1],
              latency.get("batch@0.9")[0],
              latency.get("batch@0.9")[1],
              latency.get("single@0.9")[0],
              latency.get("single@0.9")[1]));
    }
    System.exit(0); // the HTTP client's executor threads
  }

  private static void add(double[] total, int articles, double seconds) {
    total[0] += articles;
    total[1] += seconds;
  }

  private static String row(
      String phase, int round, String path, int articles, double seconds, double load) {
    return String.format(
        Locale.ROOT,
        "%s,%d,%s,%d,%.3f,%.1f,%.2f",
        phase,
        round,
        path,
        articles,
        seconds,
        articles / seconds,
        load);
  }

  private static String latencyRow(double fraction, String path, double rate, double[] l) {
    return String.format(
        Locale.ROOT,
        "latency,%.2f,%s,%.1f,%.2f,%.2f,%.2f",
        fraction,
        path,
        rate,
        l[0],
        l[1],
        Machine.load());
  }

  /** The ingest publisher's settings (KafkaArticlePublisher.producerConfig, 10 s timeout). */
  static KafkaProducer<String, byte[]> bareProducer(Infra infra) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 6_666);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-bare");
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  /** Sends n serialised raw records and waits for every acknowledgement; seconds taken. */
  static double runBare(
      KafkaProducer<String, byte[]> producer,
      String topic,
      List<Corpus.Item> items,
      EventSerializer<RawArticle> serializer,
      Instant received,
      AtomicLong unique,
      int n)
      throws Exception {
    List<byte[]> records = new ArrayList<>(n);
    List<String> keys = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Corpus.Item item = items.get(i % items.size());
      RawArticle raw = item.toRaw(received);
      String id = raw.id() + "-b" + unique.incrementAndGet();
      RawArticle r = Corpus.copy(raw, id, raw.body());
      keys.add(id);
      records.add(serializer.serialize(topic, r));
    }
    long start = System.nanoTime();
    List<Future<RecordMetadata>> acks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      acks.add(producer.send(new ProducerRecord<>(topic, keys.get(i), records.get(i))));
    }
    for (Future<RecordMetadata> f : acks) {
      f.get(30, TimeUnit.SECONDS);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  static HttpRequest request(String base, List<Corpus.Item> items, AtomicLong unique, int size) {
    if (size == 1) {
      Corpus.Item item = items.get((int) (unique.get() % items.size()));
      return HttpRequest.newBuilder(URI.create(base))
          .header("X-API-Key", KEY)
          .header("Content-Type", "application/json")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  item.toRequestJson("-s" + unique.incrementAndGet())))
          .build();
    }
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < size; i++) {
      Corpus.Item item = items.get((int) (unique.get() % items.size()));
      body.append(item.toRequestJson("-n" + unique.incrementAndGet())).append('\n');
    }
    return HttpRequest.newBuilder(URI.create(base + "/batch"))
        .header("X-API-Key", KEY)
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  /** Closed loop: {@code clients} callers post n articles in requests of {@code size}; seconds. */
  static double runHttp(
      HttpClient http,
      String base,
      List<Corpus.Item> items,
      AtomicLong unique,
      int n,
      int size,
      int clients)
      throws Exception {
    int requests = (n + size - 1) / size;
    List<HttpRequest> prepared = new ArrayList<>(requests);
    for (int i = 0; i < requests; i++) {
      prepared.add(request(base, items, unique, size));
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(
            callers.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpResponse<String> r =
                        http.send(prepared.get(i), HttpResponse.BodyHandlers.ofString());
                    check(r);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      callers.shutdownNow();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void check(HttpResponse<String> r) {
    if (r.statusCode() / 100 != 2 || r.body().contains("\"rejected\"") && r.statusCode() != 202) {
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException("ingest answered " + r.statusCode() + ": " + r.body());
      }
    }
  }

  /**
   * Open loop: requests of {@code size} articles at {@code perSecond} for {@code seconds}; latency
   * from each request's scheduled send time to its response. Returns {p50, p99} in ms.
   */
  static double[] openLoop(
      HttpClient http,
      String base,
      List<Corpus.Item> items,
      AtomicLong unique,
      int size,
      double perSecond,
      int seconds)
      throws Exception {
    int requests = Math.max(10, (int) (perSecond * seconds));
    List<HttpRequest> prepared = new ArrayList<>(requests);
    for (int i = 0; i < requests; i++) {
      prepared.add(request(base, items, unique, size));
    }
    double[] latencies = new double[requests];
    List<CompletableFuture<Void>> all = new ArrayList<>(requests);
    long start = System.nanoTime();
    long interval = (long) (1e9 / perSecond);
    for (int i = 0; i < requests; i++) {
      long scheduled = start + i * interval;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int index = i;
      all.add(
          http.sendAsync(prepared.get(i), HttpResponse.BodyHandlers.ofString())
              .thenAccept(
                  r -> {
                    check(r);
                    latencies[index] = (System.nanoTime() - scheduled) / 1e6;
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
    return new double[] {Stats.percentile(latencies, 50), Stats.percentile(latencies, 99)};
  }
}
