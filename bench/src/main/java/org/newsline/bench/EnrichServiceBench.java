package org.newsline.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsline.enrich.EnrichApplication;
import org.newsline.enrich.dates.DateExtractor;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EnginePool;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.enrich.engine.EnrichmentEngine;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.kafka.EventSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Benchmark 6: the enrich <em>service</em>, Kafka in and Kafka out (poll, deserialise, engine,
 * serialise, transactional send, offsets committed in the same transaction), against the same
 * articles processed without Kafka, in the same JVM and run, with as many threads as the service
 * has consumers:
 *
 * <ul>
 *   <li><b>engine</b>: the enrich path the service's listener runs (JSON bytes in, {@link
 *       CoreNlpEngine}, JSON bytes out), called directly, one engine per thread as in the service;
 *   <li><b>bare CoreNLP + SUTime windows</b>: CoreNLP's own work in the engine's configuration
 *       ({@code tokenize,ssplit,pos,lemma,ner} with the engine's properties, then SUTime on the
 *       same stretches around date words), none of our code;
 *   <li><b>bare CoreNLP, no dates</b>: the annotators alone ({@code ner.useSUTime=false}), the
 *       strictest baseline: it produces no dates at all.
 * </ul>
 *
 * <p>Every way has a CoreNLP pipeline of its own per thread, as the service has per consumer
 * ({@code --pipelines shared}: one pipeline for all threads, for comparison). The broker runs in a
 * JVM of its own with Kafka's default flush policy, as brokers run in production ({@code --broker
 * jvm}: in this JVM, flushing every message, as the local stack runs it); its CPU is reported apart
 * and is not in the process CPU compared. The service's context runs throughout, idle while the
 * baselines run. Per round the raw topic gets the sample under fresh ids in one transaction, spread
 * over the partitions in turn, so the running service sees all N at once and its consumers get
 * equal shares; the clock stops when all N have come out of enrich, read with {@code
 * read_committed} (so after enrich's transactions committed): exactly N, none doubled, or the run
 * fails. Baselines and the service alternate, their order rotating per round. For the service the
 * CPU of its consumer threads is compared with the wall time: how busy they were.
 *
 * <pre>
 * bench/run EnrichServiceBench --corpus ../shared/corpus/bbc_news_fulltext.ndjson [--n 100]
 *     [--seed 7] [--rounds 3] [--concurrency 2] [--warmup-passes 3] [--warmup 16]
 *     [--kafka-warmup 600] [--broker process|jvm] [--pipelines own|shared]
 *     [--only service,engine,bare]
 * </pre>
 */
public final class EnrichServiceBench {

  static final String SECTION = "6. Enrich service";

  private static final String RAW = "bench-raw";
  private static final String ENRICHED = "bench-enriched";
  private static final String GROUP = "bench-enrich";
  private static final int PARTITIONS = 6;

  private EnrichServiceBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path corpus = Path.of(args.get("corpus", "../shared/corpus/bbc_news_fulltext.ndjson"));
    int n = args.getInt("n", 100);
    long seed = args.getLong("seed", 7);
    int rounds = args.getInt("rounds", 3);
    int warmup = args.getInt("warmup", 16);
    int concurrency = args.getInt("concurrency", 2);
    int kafkaWarmup = args.getInt("kafka-warmup", 600);
    int warmupPasses = args.getInt("warmup-passes", 3);
    // "process": the broker in a JVM of its own, as in production (its CPU is not the service's);
    // "jvm": in the benchmark's JVM, as the local stack runs it.
    boolean brokerProcess = !args.get("broker", "process").equals("jvm");
    boolean ownPipelines = !args.get("pipelines", "own").equals("shared");
    // For diagnosis: only some ways, by first word ("service", "engine", "bare"); no report row.
    List<String> only =
        List.of(args.get("only", "").split(",")).stream().filter(w -> !w.isBlank()).toList();
    Report report = new Report(Path.of(args.get("docs", "docs")));

    List<Corpus.Item> items = Corpus.sample(corpus, n, seed);
    Instant received = Instant.parse("2026-01-01T00:00:00Z");
    List<RawArticle> raws = items.stream().map(i -> i.toRaw(received)).toList();
    EventSerializer<RawArticle> rawOut = new EventSerializer<>();
    List<byte[]> records = raws.stream().map(r -> rawOut.serialize(RAW, r)).toList();

    try (Infra infra = brokerProcess ? Infra.startWithBrokerProcess() : Infra.start(false)) {
      infra.createTopics(PARTITIONS, RAW, ENRICHED, RAW + "-dlt");
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("server.port", 0);
      p.put("newsline.kafka.topics.raw", RAW);
      p.put("newsline.kafka.topics.enriched", ENRICHED);
      p.put("newsline.kafka.topics.raw-dlt", RAW + "-dlt");
      p.put("spring.kafka.consumer.group-id", GROUP);
      p.put("newsline.enrich.concurrency", concurrency);
      long t0 = System.nanoTime();
      ConfigurableApplicationContext enrich =
          infra.service(EnrichApplication.class, p, ListenersOff.class);
      KafkaListenerEndpointRegistry listeners = enrich.getBean(KafkaListenerEndpointRegistry.class);

      // As the service: a pipeline (models of its own) per thread, or, with --pipelines shared,
      // one for all threads (CoreNLP's annotators are thread-safe).
      EnrichmentEngine engine;
      StanfordCoreNLP[] bares = new StanfordCoreNLP[ownPipelines ? concurrency : 1];
      DateExtractor[] sutimes = new DateExtractor[bares.length];
      if (ownPipelines) {
        List<CoreNlpEngine> engines = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
          engines.add(CoreNlpEngine.withOwnModels(EngineSettings.defaults()));
        }
        engine = new EnginePool(engines);
      } else {
        engine = new CoreNlpEngine(EngineSettings.defaults());
      }
      for (int i = 0; i < bares.length; i++) {
        if (ownPipelines) {
          StanfordCoreNLP.clearAnnotatorPool(); // the next pipeline loads models of its own
        }
        bares[i] = new StanfordCoreNLP(EnrichBench.engineConfiguration());
        sutimes[i] = new DateExtractor();
      }
      // The pool's threads live as long as the benchmark: each keeps the pipeline it gets first.
      AtomicInteger assigned = new AtomicInteger();
      ThreadLocal<Integer> slot =
          ThreadLocal.withInitial(() -> assigned.getAndIncrement() % bares.length);
      System.out.printf(
          Locale.ROOT, "service and models up in %.1f s%n", (System.nanoTime() - t0) / 1e9);

      EventDeserializer<RawArticle> in =
          new EventDeserializer<>(RawArticle.class, RawArticle.CURRENT_SCHEMA_VERSION);
      EventSerializer<EnrichedArticle> out = new EventSerializer<>();
      Map<String, EnrichBench.Pipeline> direct = new LinkedHashMap<>();
      direct.put(
          "engine",
          i -> {
            RawArticle raw = in.deserialize(RAW, records.get(i));
            EnrichmentResult result = engine.enrich(raw);
            out.serialize(ENRICHED, result.toArticle(raw, Instant.now()));
            return result.tokens();
          });
      direct.put(
          "bare CoreNLP + SUTime windows",
          i -> EnrichBench.annotateWithDates(bares[slot.get()], sutimes[slot.get()], raws.get(i)));
      direct.put(
          "bare CoreNLP, no dates", i -> EnrichBench.annotate(bares[slot.get()], raws.get(i)));
      String service = "service (Kafka in, Kafka out)";

      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      // {wall nanos, process CPU nanos}; for the service also {consumer threads' CPU, broker CPU}
      Map<String, long[]> totals = new LinkedHashMap<>();
      List<String> csv = new ArrayList<>();
      int[] batch = {0};
      try (KafkaConsumer<String, byte[]> reader = committedReader(infra);
          KafkaProducer<String, byte[]> feeder = transactionalProducer(infra)) {
        List<TopicPartition> outputs = new ArrayList<>();
        for (int i = 0; i < PARTITIONS; i++) {
          outputs.add(new TopicPartition(ENRICHED, i));
        }
        reader.assign(outputs);
        // Warm-up: each way over the whole sample, warmupPasses times. The service's path needs it
        // most: measured with --only service, its compiler threads still took 2-6 s of CPU per
        // 100 articles in the first rounds after a 16-article warm-up, on a 2-core machine.
        int w = Math.min(warmup, n);
        listeners.start();
        for (int pass = 0; pass < warmupPasses; pass++) {
          for (EnrichBench.Pipeline pipeline : direct.values()) {
            EnrichBench.run(pool, concurrency, pipeline, n);
          }
          runService(feeder, reader, raws, ++batch[0]);
        }
        // The Kafka side (broker, clients, transactions) has thousands of methods of its own to
        // compile; in production they are compiled minutes after start-up. Short articles (the
        // titles alone) put many records through that path at little cost in the engine.
        List<RawArticle> shortOnes = new ArrayList<>();
        for (int i = 0; i < kafkaWarmup; i++) {
          RawArticle r = raws.get(i % n);
          shortOnes.add(Corpus.copy(r, r.id() + "-w" + i, r.title()));
        }
        for (int from = 0; from < shortOnes.size(); from += 100) {
          runService(
              feeder,
              reader,
              shortOnes.subList(from, Math.min(shortOnes.size(), from + 100)),
              ++batch[0]);
        }

        List<String> names = new ArrayList<>(direct.keySet());
        names.add(service);
        if (!only.isEmpty()) {
          names.removeIf(name -> !only.contains(name.split(" ")[0]));
        }
        for (int round = 1; round <= rounds; round++) {
          for (int k = 0; k < names.size(); k++) {
            String name = names.get((k + round) % names.size());
            // Untimed, the same way on the first articles: code shared by the ways (CoreNLP's)
            // is recompiled for each way's type profile when it follows another way; in
            // production only one way runs, so its steady state is what counts.
            if (name.equals(service)) {
              runService(feeder, reader, raws.subList(0, w), ++batch[0]);
            } else {
              EnrichBench.run(pool, concurrency, direct.get(name), w);
            }
            double load = Machine.load();
            long gc = gcMillis();
            long jit =
                java.lang.management.ManagementFactory.getCompilationMXBean()
                    .getTotalCompilationTime();
            long cpu = StoreBench.processCpu();
            long nanos;
            long consumersCpu = 0;
            long brokerCpu = 0;
            if (name.equals(service)) {
              Map<String, Long> before = threadCpu();
              long broker = infra.brokerCpuNanos();
              nanos = runService(feeder, reader, raws, ++batch[0]);
              brokerCpu = broker < 0 ? -1 : infra.brokerCpuNanos() - broker;
              Map<String, Long> after = threadCpu();
              printCpuByThread(before, after);
              consumersCpu = consumerCpu(before, after, nanos, concurrency, brokerCpu, n);
            } else {
              nanos = EnrichBench.run(pool, concurrency, direct.get(name), n).nanos();
            }
            cpu = StoreBench.processCpu() - cpu;
            gc = gcMillis() - gc;
            jit =
                java.lang.management.ManagementFactory.getCompilationMXBean()
                        .getTotalCompilationTime()
                    - jit;
            long[] t = totals.computeIfAbsent(name, x -> new long[4]);
            t[0] += nanos;
            t[1] += cpu;
            t[2] += consumersCpu;
            t[3] += Math.max(0, brokerCpu);
            csv.add(
                String.format(
                    Locale.ROOT,
                    "%d,%s,%d,%d,%.3f,%.3f,%.3f,%.3f,%.2f,%.2f",
                    round,
                    name,
                    concurrency,
                    n,
                    nanos / 1e9,
                    cpu / 1e9,
                    consumersCpu / 1e9,
                    brokerCpu / 1e9,
                    n / (nanos / 1e9),
                    load));
            System.out.printf(
                Locale.ROOT,
                "round %d: %-32s %6.2f articles/s  (process CPU %.1f s, GC %d ms, JIT %d ms, load"
                    + " %.2f)%n",
                round,
                name,
                n / (nanos / 1e9),
                cpu / 1e9,
                gc,
                jit,
                load);
          }
        }
      } finally {
        pool.shutdownNow();
      }
      if (!only.isEmpty()) {
        System.out.println("--only given: nothing written to docs");
        return;
      }
      report.csv(
          "enrich-service-rounds-"
              + concurrency
              + (concurrency == 1 ? "-thread" : "-threads")
              + ".csv",
          "round,way,threads,articles,wall_s,process_cpu_s,consumer_threads_cpu_s,broker_cpu_s,"
              + "articles_per_s,load1",
          csv);

      double serviceRate = rate(totals.get(service), rounds, n);
      double engineRate = rate(totals.get("engine"), rounds, n);
      double withDates = rate(totals.get("bare CoreNLP + SUTime windows"), rounds, n);
      double noDates = rate(totals.get("bare CoreNLP, no dates"), rounds, n);
      double cpuService = totals.get(service)[1];
      System.out.printf(
          Locale.ROOT,
          "%n%d articles x %d rounds, %d threads/consumers; totals over rounds%n",
          n,
          rounds,
          concurrency);
      for (String name : totals.keySet()) {
        long[] t = totals.get(name);
        System.out.printf(
            Locale.ROOT,
            "%-32s %8.2f articles/s  service/this %.3f (wall)  %.3f (process CPU)%n",
            name,
            rate(t, rounds, n),
            serviceRate / rate(t, rounds, n),
            t[1] / cpuService);
      }
      long[] st = totals.get(service);
      double busy = st[2] / (double) (st[0] * concurrency);
      String broker =
          brokerProcess
              ? String.format(Locale.ROOT, "%.2f", st[3] / 1e9 / rounds / n * 100)
              : "in the JVM";
      System.out.printf(
          Locale.ROOT,
          "service: consumer threads busy %.0f%% of the wall time; broker CPU %s s per 100"
              + " articles%n",
          busy * 100,
          broker);
      Machine machine = Machine.now();
      report.appendRow(
          SECTION,
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %s | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | **%.3f** | **%.3f** |"
                  + " %.3f | %.3f / %.3f / %.3f | %.0f%% | %s |",
              machine.cells(),
              machine.loadAverage(),
              brokerProcess ? "own JVM" : "bench JVM",
              n,
              rounds,
              concurrency,
              serviceRate,
              engineRate,
              withDates,
              noDates,
              serviceRate / engineRate,
              serviceRate / withDates,
              serviceRate / noDates,
              totals.get("engine")[1] / cpuService,
              totals.get("bare CoreNLP + SUTime windows")[1] / cpuService,
              totals.get("bare CoreNLP, no dates")[1] / cpuService,
              busy * 100,
              broker));
    }
  }

  private static double rate(long[] t, int rounds, int n) {
    return (double) rounds * n / (t[0] / 1e9);
  }

  /**
   * Sends the articles under ids unique to this batch in one Kafka transaction, so that enrich
   * (which reads {@code read_committed}) sees them all at the same instant, already running and in
   * its group; times from the commit until every one of them has come out of enrich, read with
   * {@code read_committed} (that is, after enrich's own transactions committed), and checks that
   * none came out twice.
   */
  private static long runService(
      KafkaProducer<String, byte[]> producer,
      KafkaConsumer<String, byte[]> reader,
      List<RawArticle> raws,
      int batch) {
    EventSerializer<RawArticle> json = new EventSerializer<>();
    String suffix = "-b" + batch;
    producer.beginTransaction();
    for (int i = 0; i < raws.size(); i++) {
      // Partitions in turn rather than by key: in a burst of a few hundred, keys hash unevenly
      // (one consumer would get ~5% more than the other); a long stream evens out.
      RawArticle copy = Corpus.copy(raws.get(i), raws.get(i).id() + suffix, raws.get(i).body());
      producer.send(
          new ProducerRecord<>(RAW, i % PARTITIONS, copy.id(), json.serialize(RAW, copy)));
    }
    producer.commitTransaction();
    long start = System.nanoTime();
    Map<String, Integer> seen = new HashMap<>();
    long deadline = start + Duration.ofMinutes(5).toNanos();
    while (seen.size() < raws.size() && System.nanoTime() < deadline) {
      for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(20))) {
        if (r.key() != null && r.key().endsWith(suffix)) {
          seen.merge(r.key(), 1, Integer::sum);
        }
      }
    }
    long nanos = System.nanoTime() - start;
    // Anything doubled would arrive with or right after the last original: read a little longer.
    long settle = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    while (System.nanoTime() < settle) {
      for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(100))) {
        if (r.key() != null && r.key().endsWith(suffix)) {
          seen.merge(r.key(), 1, Integer::sum);
        }
      }
    }
    long doubled = seen.values().stream().filter(c -> c > 1).count();
    if (seen.size() != raws.size() || doubled > 0) {
      throw new IllegalStateException(
          "batch "
              + batch
              + ": "
              + seen.size()
              + " of "
              + raws.size()
              + " enriched, "
              + doubled
              + " doubled");
    }
    return nanos;
  }

  private static long gcMillis() {
    return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  /**
   * CPU time of every thread of this process, by name and id: from {@code /proc/self/task} where
   * there is one (it also shows the JVM's own threads: compilers, GC), else the live Java threads.
   */
  private static Map<String, Long> threadCpu() {
    Map<String, Long> cpu = new HashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (java.nio.file.Files.isDirectory(tasks)) {
      try (var dirs = java.nio.file.Files.list(tasks)) {
        for (Path task : dirs.toList()) {
          try {
            String name = java.nio.file.Files.readString(task.resolve("comm")).strip();
            long used = Infra.cpuNanos(task.resolve("stat"));
            if (used >= 0) {
              cpu.put(name + "#" + task.getFileName(), used);
            }
          } catch (java.io.IOException e) {
            // the thread ended meanwhile
          }
        }
        return cpu;
      } catch (java.io.IOException e) {
        cpu.clear();
      }
    }
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (long id : mx.getAllThreadIds()) {
      var info = mx.getThreadInfo(id);
      long t = mx.getThreadCpuTime(id);
      if (info != null && t > 0) {
        cpu.merge(info.getThreadName() + "#" + id, t, Long::sum);
      }
    }
    return cpu;
  }

  /**
   * CPU used by the listener's consumer threads in a service round; prints it per thread, how busy
   * they were (CPU over wall time) and what the broker used.
   */
  private static long consumerCpu(
      Map<String, Long> before,
      Map<String, Long> after,
      long wallNanos,
      int consumers,
      long brokerCpu,
      int articles) {
    List<Long> each = new ArrayList<>();
    after.forEach(
        (name, t) -> {
          if (name.matches("enrich-\\d+-C-\\d+#\\d+")) {
            each.add(t - before.getOrDefault(name, 0L));
          }
        });
    long sum = each.stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        Locale.ROOT,
        "    consumers %s s CPU in %.2f s: busy %.0f%%; broker %s%n",
        each.stream().map(t -> String.format(Locale.ROOT, "%.2f", t / 1e9)).toList(),
        wallNanos / 1e9,
        100.0 * sum / ((double) wallNanos * consumers),
        brokerCpu < 0
            ? "in this JVM"
            : String.format(
                Locale.ROOT,
                "%.2f s CPU (%.2f s per 100 articles)",
                brokerCpu / 1e9,
                brokerCpu / 1e9 / articles * 100));
    return sum;
  }

  /** Where the service round's CPU went, by thread group (names with their numbers removed). */
  private static void printCpuByThread(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> groups = new java.util.TreeMap<>();
    after.forEach(
        (name, t) -> {
          long used = t - before.getOrDefault(name, 0L);
          String group = name.replaceAll("#\\d+$", "").replaceAll("\\d+", "N");
          groups.merge(group, used, Long::sum);
        });
    groups.entrySet().stream()
        .filter(e -> e.getValue() > 50_000_000L)
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT, "    CPU %6.2f s  %s%n", e.getValue() / 1e9, e.getKey()));
  }

  private static KafkaProducer<String, byte[]> transactionalProducer(Infra infra) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
    c.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-enrich-feeder");
    c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(c, new StringSerializer(), new ByteArraySerializer());
    producer.initTransactions();
    return producer;
  }

  private static KafkaConsumer<String, byte[]> committedReader(Infra infra) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // The clock stops when the last record is read: do not let a fetch wait 500 ms for data.
    c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
    return new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
