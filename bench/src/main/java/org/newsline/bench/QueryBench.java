package org.newsline.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.StoreApplication;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.store.documents.ArticleFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark 7: latency of the store's query API with a realistic archive stored, the queries a user
 * asks first: the most-mentioned entities (whole archive, one type, the last 30 days), articles
 * mentioning the top entity, figures of one normalised unit, the newest articles, full-text search
 * ({@code q}: one word; two words and a phrase). {@code --only NAME[,NAME...]} runs the queries
 * whose names start with one of those (a partial rerun).
 *
 * <p>The archive: {@code --distinct} corpus articles enriched once by the engine and copied under
 * new ids up to {@code --n} documents ({@link EnrichedSamples}), their publication times spread
 * over the last {@code --days} days, written with the bare driver into the collection of a store
 * context that made its indexes (its Kafka listener never starts). Then each query is sent {@code
 * --warmup} times unmeasured and {@code --requests} times measured, one at a time, over HTTP.
 * Reported: p50, p95 and max latency per query. The stand-in by default; {@code --mongo-uri} runs
 * the same on another server (e.g. {@code mongo:8} where Docker is).
 *
 * <pre>
 * bench/run QueryBench --corpus ../shared/corpus/bbc_news_fulltext.ndjson [--n 10000]
 * bench/run QueryBench --load-into mongodb://127.0.0.1:27017/newsline [--n 10000]
 * </pre>
 *
 * The second form only writes the archive into the given database (e.g. a stopped-then-restarted
 * {@code ./run-local} data directory's MongoDB, to time a start with that many articles stored).
 */
public final class QueryBench {

  static final String SECTION = "7. Queries";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private QueryBench() {}

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    Path corpus = Path.of(args.get("corpus", "../shared/corpus/bbc_news_fulltext.ndjson"));
    int n = args.getInt("n", 10_000);
    int distinct = args.getInt("distinct", 100);
    int days = args.getInt("days", 730);
    int warmup = args.getInt("warmup", 2);
    int requests = args.getInt("requests", 20);
    long seed = args.getLong("seed", 7);
    String loadInto = args.get("load-into", null);
    Report report = new Report(Path.of(args.get("docs", "docs")));

    List<Document> archive =
        archive(EnrichedSamples.make(Corpus.sample(corpus, distinct, seed), distinct, n), days);
    if (loadInto != null) {
      com.mongodb.ConnectionString uri = new com.mongodb.ConnectionString(loadInto);
      try (MongoClient client = MongoClients.create(uri)) {
        write(client.getDatabase(uri.getDatabase()).getCollection("articles"), archive);
      }
      System.out.println("wrote " + archive.size() + " documents into " + loadInto);
      return;
    }

    try (Infra infra = Infra.start(true)) {
      String mongoUri = args.get("mongo-uri", infra.mongo.connectionString());
      String database = "bench_queries";
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("server.port", 0);
      p.put("spring.mongodb.uri", mongoUri + "/" + database);
      p.put("newsline.security.api-keys", "bench-key");
      String port =
          infra
              .service(StoreApplication.class, p, ListenersOff.class)
              .getEnvironment()
              .getProperty("local.server.port");
      double load = Machine.load();
      try (MongoClient client = MongoClients.create(mongoUri)) {
        MongoCollection<Document> articles = client.getDatabase(database).getCollection("articles");
        articles.deleteMany(new Document());
        long start = System.nanoTime();
        write(articles, archive);
        System.out.printf(
            Locale.ROOT,
            "%d documents (%d distinct enrichments) written in %.1f s%n",
            n,
            distinct,
            (System.nanoTime() - start) / 1e9);
      }
      Http http = new Http("http://localhost:" + port);
      String top = http.get("/api/v1/entities?limit=1").get("items").get(0).get("name").asString();
      String lastMonth = Instant.now().minus(30, ChronoUnit.DAYS).toString();
      Map<String, String> queries = new LinkedHashMap<>();
      queries.put("entities, whole archive", "/api/v1/entities?limit=10");
      queries.put("entities LOCATION, whole archive", "/api/v1/entities?type=LOCATION&limit=10");
      queries.put("entities, last 30 days", "/api/v1/entities?limit=10&from=" + lastMonth);
      queries.put(
          "articles?entity= (top entity)",
          "/api/v1/articles?limit=20&entity=" + URLEncoder.encode(top, StandardCharsets.UTF_8));
      queries.put("figures?unitNormalized=percent", "/api/v1/figures?unitNormalized=percent");
      queries.put("articles, newest 20", "/api/v1/articles?limit=20");
      queries.put("articles?q= (one word)", "/api/v1/articles?limit=20&q=government");
      queries.put(
          "articles?q= (two words and a phrase)",
          "/api/v1/articles?limit=20&q="
              + URLEncoder.encode("economy growth \"interest rates\"", StandardCharsets.UTF_8));
      String only = args.get("only", null);
      if (only != null) {
        // For a partial rerun: the queries whose names start with one of the given prefixes.
        List<String> prefixes = List.of(only.split(","));
        queries.keySet().removeIf(name -> prefixes.stream().noneMatch(name::startsWith));
      }

      Machine machine = Machine.now();
      List<String> csv = new ArrayList<>();
      System.out.printf(
          Locale.ROOT, "%n%-36s %9s %9s %9s%n", "query", "p50 ms", "p95 ms", "max ms");
      for (Map.Entry<String, String> q : queries.entrySet()) {
        for (int i = 0; i < warmup; i++) {
          http.get(q.getValue());
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
          long t = System.nanoTime();
          http.get(q.getValue());
          ms[i] = (System.nanoTime() - t) / 1e6;
          csv.add(String.format(Locale.ROOT, "%s,%d,%.1f", q.getKey(), i + 1, ms[i]));
        }
        double p50 = Stats.percentile(ms, 50);
        double p95 = Stats.percentile(ms, 95);
        double max = Stats.percentile(ms, 100);
        System.out.printf(Locale.ROOT, "%-36s %9.0f %9.0f %9.0f%n", q.getKey(), p50, p95, max);
        report.appendRow(
            SECTION,
            String.format(
                Locale.ROOT,
                "| %s | %.2f | %s | %d | %d | %s | %.0f | **%.0f** | %.0f |",
                machine.cells(),
                load,
                mongoUri.equals(infra.mongo.connectionString()) ? "stand-in" : "other",
                n,
                requests,
                q.getKey(),
                p50,
                p95,
                max));
      }
      report.csv("query-requests.csv", "query,request,ms", csv);
    }
  }

  /**
   * The stored documents: as the store writes them, with publication (and so listing) times spread
   * evenly over the last {@code days} days, newest first.
   */
  static List<Document> archive(List<EnrichedArticle> articles, int days) {
    Instant now = Instant.now();
    long spanSeconds = Duration.ofDays(days).toSeconds();
    List<Document> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Document d = ArticleDocuments.toDocument(articles.get(i), now);
      Date published = Date.from(now.minusSeconds(spanSeconds * i / articles.size()));
      d.put(ArticleFields.PUBLISHED_AT, published);
      d.put(ArticleFields.SORT_AT, published);
      out.add(d);
    }
    return out;
  }

  private static void write(MongoCollection<Document> collection, List<Document> documents) {
    for (int from = 0; from < documents.size(); from += 500) {
      collection.insertMany(documents.subList(from, Math.min(documents.size(), from + 500)));
    }
  }

  /** The store's API with the benchmark's read key; a non-200 answer stops the run. */
  private record Http(String base) {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    JsonNode get(String pathAndQuery) throws Exception {
      HttpResponse<String> r =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                  .header("X-API-Key", "bench-key")
                  .timeout(Duration.ofMinutes(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
      }
      return JSON.readTree(r.body());
    }
  }
}
