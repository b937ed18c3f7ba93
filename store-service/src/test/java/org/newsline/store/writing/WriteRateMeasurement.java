package org.newsline.store.writing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.TestArticles;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.testsupport.RestartableMongo;

/**
 * An informal side-by-side measurement, not a test: the store's {@link BatchWriter} (mapping, size
 * check, newest-wins upserts, outcome classification) against a bare driver {@code bulkWrite} of
 * the same documents as plain {@code _id} replace-upserts, on the same MongoDB stand-in, same batch
 * size. Run with {@code java -cp ... org.newsline.store.writing.WriteRateMeasurement [articles]
 * [batch] [mongodb-uri]}; without a URI an in-process stand-in is used.
 */
public final class WriteRateMeasurement {

  private WriteRateMeasurement() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    RestartableMongo standIn = args.length > 2 ? null : RestartableMongo.start();
    String uri = args.length > 2 ? args[2] : standIn.connectionString();
    List<EnrichedArticle> articles = new ArrayList<>(n);
    String paragraph =
        "The council met on Monday to discuss the harbour, and about 300 residents attended. ";
    for (int i = 0; i < n; i++) {
      EnrichedArticle a = TestArticles.harbour("rate-" + i);
      articles.add(BatchWriterTest.withBody(a, paragraph.repeat(20) + i));
    }
    // What the listener gets for free from each record (serializedValueSize), so the store only
    // encodes a document to measure it when its JSON is near the limit.
    org.newsline.model.kafka.EventSerializer<EnrichedArticle> json =
        new org.newsline.model.kafka.EventSerializer<>();
    java.util.Map<String, Integer> jsonBytes = new java.util.HashMap<>();
    articles.forEach(a -> jsonBytes.put(a.id(), json.serialize("measure", a).length));
    Instant storedAt = Instant.now();
    List<Document> documents =
        articles.stream().map(a -> ArticleDocuments.toDocument(a, storedAt)).toList();
    try (MongoClient client = MongoClients.create(uri)) {
      for (int round = 1; round <= 3; round++) {
        String db = "rate_" + round + "_" + System.nanoTime();
        MongoCollection<Document> bare = client.getDatabase(db).getCollection("bare");
        MongoCollection<Document> store = client.getDatabase(db).getCollection("store");
        BatchWriter writer =
            new BatchWriter(
                new MongoArticleStore(store),
                new NewerVersionWins(),
                16 * 1024 * 1024,
                Clock.systemUTC());
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        BulkWriteOptions unordered = new BulkWriteOptions().ordered(false);
        Consumer<List<Document>> bareWrite =
            batch -> {
              List<WriteModel<Document>> models = new ArrayList<>(batch.size());
              for (Document d : batch) {
                models.add(new ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, upsert));
              }
              bare.bulkWrite(models, unordered);
            };
        Consumer<List<EnrichedArticle>> storeWrite =
            batch ->
                writer.write(
                    batch.stream()
                        .map(a -> new BatchWriter.Incoming(a, jsonBytes.get(a.id())))
                        .toList());
        report(
            round,
            "insert",
            n,
            time(documents, batchSize, bareWrite),
            time(articles, batchSize, storeWrite));
        report(
            round,
            "replay",
            n,
            time(documents, batchSize, bareWrite),
            time(articles, batchSize, storeWrite));
      }
    } finally {
      if (standIn != null) {
        standIn.close();
      }
    }
  }

  private static <T> long time(List<T> items, int batchSize, Consumer<List<T>> write) {
    long start = System.nanoTime();
    for (int from = 0; from < items.size(); from += batchSize) {
      write.accept(items.subList(from, Math.min(items.size(), from + batchSize)));
    }
    return System.nanoTime() - start;
  }

  private static void report(int round, String phase, int n, long bareNanos, long storeNanos) {
    double bareRate = n / (bareNanos / 1e9);
    double storeRate = n / (storeNanos / 1e9);
    System.out.printf(
        "round %d %-6s bare bulkWrite %8.0f docs/s   store BatchWriter %8.0f docs/s   store/bare %5.1f%%%n",
        round, phase, bareRate, storeRate, 100.0 * storeRate / bareRate);
  }
}
