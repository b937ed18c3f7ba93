package org.newsline.bench;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.store.StoreApplication;
import org.newsline.store.documents.ArticleDocuments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Benchmark 3: documents/s through the store service's consumer (Kafka in, MongoDB out: poll,
 * deserialise, map, newest-wins bulk upsert, offset commit) against a bare driver {@code bulkWrite}
 * of the same documents (unordered {@code _id} replace-upserts, same batch size, same write
 * concern) into the same collection, indexes included, on the same MongoDB stand-in.
 *
 * <p>Per round: {@code articles.enriched} (a fresh topic) is pre-loaded with N records and a fresh
 * store context is started with its listener stopped; the bare writer writes the N documents into
 * the store's freshly indexed collection, which is then emptied; the clock starts with the store's
 * listener and stops when the store has committed every offset (it commits only after the write),
 * and the stored count is checked.
 *
 * <pre>
 * bench/run StoreBench --corpus ../shared/corpus/bbc_news_fulltext.ndjson [--n 2000] [--rounds 5]
 * </pre>
 */
public final class StoreBench {

  static final String SECTION = "3. Store";

  private StoreBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path corpus = Path.of(args.get("corpus", "../shared/corpus/bbc_news_fulltext.ndjson"));
    int n = args.getInt("n", 2000);
    int rounds = args.getInt("rounds", 5);
    int distinct = args.getInt("distinct", 40);
    int batch = args.getInt("batch", 500);
    long seed = args.getLong("seed", 7);
    Report report = new Report(Path.of(args.get("docs", "docs")));

    List<EnrichedArticle> articles =
        EnrichedSamples.make(Corpus.sample(corpus, distinct, seed), distinct, n);
    EventSerializer<EnrichedArticle> json = new EventSerializer<>();
    List<byte[]> records = articles.stream().map(a -> json.serialize("t", a)).toList();
    System.out.printf(
        Locale.ROOT,
        "%d documents (%d distinct enrichments), %.1f KiB JSON each on average%n",
        n,
        distinct,
        records.stream().mapToInt(r -> r.length).average().orElse(0) / 1024);

    List<String> csv = new ArrayList<>();
    double bareTotal = 0;
    double storeTotal = 0;
    double bareCpuTotal = 0;
    double storeCpuTotal = 0;
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    try (Infra infra = Infra.start(true);
        MongoClient client = MongoClients.create(infra.mongo.connectionString())) {
      for (int round = 1; round <= rounds; round++) {
        String topic = "bench-enriched-" + round;
        String database = "bench_store_" + round;
        String group = "bench-store-" + round;
        infra.createTopics(6, topic, topic + "-dlt");
        preload(infra, topic, articles.stream().map(EnrichedArticle::id).toList(), records);

        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.port", 0);
        p.put("spring.mongodb.uri", infra.mongo.connectionString() + "/" + database);
        p.put("newsline.security.api-keys", "bench-key");
        p.put("newsline.kafka.topics.enriched", topic);
        p.put("newsline.kafka.topics.enriched-dlt", topic + "-dlt");
        p.put("newsline.store.writing.group-id", group);
        p.put("newsline.store.writing.max-poll-records", batch);
        ConfigurableApplicationContext store =
            infra.service(StoreApplication.class, p, ListenersOff.class);
        MongoCollection<Document> collection =
            client
                .getDatabase(database)
                .getCollection("articles")
                .withWriteConcern(WriteConcern.MAJORITY);

        double load = Machine.load();
        long bareCpu = processCpu();
        long bare = bareWrite(collection, articles, batch);
        bareCpu = processCpu() - bareCpu;
        long stored = collection.countDocuments();
        collection.deleteMany(new Document());
        if (stored != n) {
          throw new IllegalStateException("bare write stored " + stored + " of " + n);
        }

        long storeCpu = processCpu();
        long start = System.nanoTime();
        store.getBean(KafkaListenerEndpointRegistry.class).start();
        awaitCommitted(infra, topic, group, n);
        long storeNanos = System.nanoTime() - start;
        storeCpu = processCpu() - storeCpu;
        long count = collection.countDocuments();
        if (count != n) {
          throw new IllegalStateException("store stored " + count + " of " + n);
        }
        store.close();

        double bareRate = n / (bare / 1e9);
        double storeRate = n / (storeNanos / 1e9);
        bareTotal += bare;
        storeTotal += storeNanos;
        bareCpuTotal += bareCpu;
        storeCpuTotal += storeCpu;
        ratios.add(storeRate / bareRate);
        cpuRatios.add((double) bareCpu / storeCpu);
        csv.add(
            String.format(
                Locale.ROOT,
                "%d,%d,%d,%.3f,%.0f,%.3f,%.0f,%.3f,%.3f,%.3f,%.3f,%.2f",
                round,
                n,
                batch,
                bare / 1e9,
                bareRate,
                storeNanos / 1e9,
                storeRate,
                storeRate / bareRate,
                bareCpu / 1e9,
                storeCpu / 1e9,
                (double) bareCpu / storeCpu,
                load));
        System.out.printf(
            Locale.ROOT,
            "round %d: bare bulkWrite %7.0f docs/s   store consumer %7.0f docs/s   ratio %.3f   CPU"
                + " ratio %.3f (load %.2f)%n",
            round,
            bareRate,
            storeRate,
            storeRate / bareRate,
            (double) bareCpu / storeCpu,
            load);
      }
    }
    report.csv(
        "store-rounds.csv",
        "round,documents,batch,bare_seconds,bare_docs_per_s,store_seconds,store_docs_per_s,ratio,bare_process_cpu_s,store_process_cpu_s,cpu_ratio,load1",
        csv);
    double bareRate = rounds * n / (bareTotal / 1e9);
    double storeRate = rounds * n / (storeTotal / 1e9);
    Machine machine = Machine.now();
    System.out.printf(
        Locale.ROOT,
        "%n%-36s %10s%n%-36s %10.0f%n%-36s %10.0f%n%-36s %10.3f  (target >= 0.80)%n%-36s %10.3f%n%-36s %10.3f%n",
        "over " + rounds + " rounds",
        "docs/s",
        "bare driver bulkWrite",
        bareRate,
        "store consumer",
        storeRate,
        "ratio (total time)",
        storeRate / bareRate,
        "median of per-round ratios",
        Stats.median(ratios.stream().mapToDouble(Double::doubleValue).toArray()),
        "ratio of process CPU per document",
        bareCpuTotal / storeCpuTotal);
    report.appendRow(
        SECTION,
        String.format(
            Locale.ROOT,
            "| %s | %.2f | %d | %d | %.0f | %.0f | **%.3f** | %.3f | %.3f |",
            machine.cells(),
            machine.loadAverage(),
            n,
            rounds,
            bareRate,
            storeRate,
            storeRate / bareRate,
            Stats.median(ratios.stream().mapToDouble(Double::doubleValue).toArray()),
            bareCpuTotal / storeCpuTotal));
  }

  /** Sends {@code records} under {@code keys} and waits for every acknowledgement. */
  static void preload(Infra infra, String topic, List<String> keys, List<byte[]> records)
      throws Exception {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    // Not idempotent: right after topic creation on a loaded machine an idempotent producer was
    // seen to loop on OUT_OF_ORDER_SEQUENCE_NUMBER. Order within the pre-load does not matter.
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        acks.add(producer.send(new ProducerRecord<>(topic, keys.get(i), records.get(i))));
      }
      for (java.util.concurrent.Future<?> f : acks) {
        f.get(60, TimeUnit.SECONDS);
      }
    }
  }

  static long bareWrite(
      MongoCollection<Document> collection, List<EnrichedArticle> articles, int batch) {
    Instant storedAt = Instant.now();
    List<Document> documents =
        articles.stream().map(a -> ArticleDocuments.toDocument(a, storedAt)).toList();
    ReplaceOptions upsert = new ReplaceOptions().upsert(true);
    BulkWriteOptions unordered = new BulkWriteOptions().ordered(false);
    long start = System.nanoTime();
    for (int from = 0; from < documents.size(); from += batch) {
      List<WriteModel<Document>> models = new ArrayList<>();
      for (Document d : documents.subList(from, Math.min(documents.size(), from + batch))) {
        models.add(new ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, upsert));
      }
      collection.bulkWrite(models, unordered);
    }
    return System.nanoTime() - start;
  }

  /** CPU time of this whole process: the broker, the stand-in and the store all run in it. */
  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Waits until the group's committed offsets reach the end of every partition. */
  static void awaitCommitted(Infra infra, String topic, String group, long n) throws Exception {
    try (Admin admin = infra.admin()) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (int p = 0; p < 6; p++) {
        partitions.add(new TopicPartition(topic, p));
      }
      Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
      partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      long end =
          admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
              .mapToLong(i -> i.offset())
              .sum();
      if (end != n) {
        throw new IllegalStateException("topic holds " + end + " records, expected " + n);
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (System.nanoTime() < deadline) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin
                .listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        long done = committed.values().stream().mapToLong(o -> o == null ? 0 : o.offset()).sum();
        if (done >= end) {
          return;
        }
        Thread.sleep(20);
      }
      throw new IllegalStateException("store did not commit all offsets within 5 minutes");
    }
  }
}
