package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.TestArticles;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.store.writing.BatchWriter.Incoming;
import org.newsline.testsupport.RestartableMongo;
import org.newsline.testsupport.UniqueNames;

/** The stale and duplicate rules, on an in-process MongoDB stand-in of this class's own. */
class BatchWriterTest {

  private static final Instant T1 = Instant.parse("2025-04-18T10:00:00Z");
  private static final Instant T2 = Instant.parse("2025-04-18T11:00:00Z");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-04-18T12:00:00Z"), ZoneOffset.UTC);

  private static RestartableMongo mongo;
  private static MongoClient client;

  private MongoCollection<Document> articles;
  private BatchWriter writer;

  @BeforeAll
  static void startMongo() {
    mongo = RestartableMongo.start();
    client = MongoClients.create(mongo.connectionString());
  }

  @AfterAll
  static void stopMongo() {
    client.close();
    mongo.close();
  }

  @org.junit.jupiter.api.BeforeEach
  void freshCollection() {
    articles = client.getDatabase(UniqueNames.database("writer")).getCollection("articles");
    writer =
        new BatchWriter(
            new MongoArticleStore(articles), new NewerVersionWins(), 16 * 1024 * 1024, CLOCK);
  }

  @Test
  void insertsNewArticles() {
    BatchWriter.Result result =
        writer.write(batch(TestArticles.harbour("a"), TestArticles.harbour("b")));

    assertThat(result.outcomes()).containsExactly(Outcome.INSERTED, Outcome.INSERTED);
    assertThat(articles.countDocuments()).isEqualTo(2);
    assertThat(result.storedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void sameRecordTwiceIsUnchangedAndLeavesOneDocument() {
    writer.write(batch(TestArticles.harbour("a", T1, "1")));

    BatchWriter.Result again = writer.write(batch(TestArticles.harbour("a", T1, "1")));

    assertThat(again.outcomes()).containsExactly(Outcome.UNCHANGED);
    assertThat(again.rejected()).isEmpty();
    assertThat(articles.countDocuments()).isEqualTo(1);
  }

  @Test
  void newerEnrichmentReplacesOlder() {
    writer.write(batch(TestArticles.harbour("a", T1, "1")));

    BatchWriter.Result result = writer.write(batch(TestArticles.harbour("a", T2, "1")));

    assertThat(result.outcomes()).containsExactly(Outcome.REPLACED);
    assertThat(storedEnrichedAt("a")).isEqualTo(T2);
  }

  @Test
  void olderEnrichmentAfterNewerIsStaleAndNewerKept() {
    writer.write(batch(TestArticles.harbour("a", T2, "1")));

    BatchWriter.Result result = writer.write(batch(TestArticles.harbour("a", T1, "1")));

    assertThat(result.outcomes()).containsExactly(Outcome.STALE);
    assertThat(storedEnrichedAt("a")).isEqualTo(T2);
  }

  @Test
  void higherPipelineVersionWinsAtTheSameEnrichmentTime() {
    writer.write(batch(TestArticles.harbour("a", T1, "2")));

    assertThat(writer.write(batch(TestArticles.harbour("a", T1, "1"))).outcomes())
        .containsExactly(Outcome.STALE);
    assertThat(writer.write(batch(TestArticles.harbour("a", T1, "3"))).outcomes())
        .containsExactly(Outcome.REPLACED);
    assertThat(stored("a").enrichment().pipelineVersion()).isEqualTo("3");
  }

  @Test
  void withinABatchTheNewestVersionOfAnIdIsWritten() {
    BatchWriter.Result result =
        writer.write(
            batch(
                TestArticles.harbour("a", T2, "1"),
                TestArticles.harbour("a", T1, "1"),
                TestArticles.harbour("b", T1, "1"),
                TestArticles.harbour("b", T1, "1")));

    assertThat(result.outcomes())
        .containsExactly(Outcome.INSERTED, Outcome.STALE, Outcome.UNCHANGED, Outcome.INSERTED);
    assertThat(storedEnrichedAt("a")).isEqualTo(T2);
    assertThat(articles.countDocuments()).isEqualTo(2);
  }

  @Test
  void mixedBatchCountsEachOutcome() {
    writer.write(
        batch(
            TestArticles.harbour("old", T1, "1"),
            TestArticles.harbour("same", T1, "1"),
            TestArticles.harbour("new", T2, "1")));

    BatchWriter.Result result =
        writer.write(
            batch(
                TestArticles.harbour("old", T2, "1"),
                TestArticles.harbour("same", T1, "1"),
                TestArticles.harbour("new", T1, "1"),
                TestArticles.harbour("fresh", T1, "1")));

    assertThat(result.outcomes())
        .containsExactly(Outcome.REPLACED, Outcome.UNCHANGED, Outcome.STALE, Outcome.INSERTED);
  }

  @Test
  void rejectsAnOversizeArticleAndWritesTheRest() {
    EnrichedArticle small = TestArticles.harbour("small");
    EnrichedArticle huge = withBody(TestArticles.harbour("huge"), "y".repeat(17 * 1024 * 1024));

    BatchWriter.Result result = writer.write(batch(small, huge));

    assertThat(result.outcomes()).containsExactly(Outcome.INSERTED, Outcome.FAILED);
    assertThat(result.rejected()).containsOnlyKeys(1);
    assertThat(result.rejected().get(1).reason()).isEqualTo("too-large");
    assertThat(articles.countDocuments(Filters.eq("_id", "small"))).isEqualTo(1);
    assertThat(articles.countDocuments(Filters.eq("_id", "huge"))).isZero();
  }

  @Test
  void propagatesAnUnreachableDatabaseSoTheBatchIsRetried() {
    ArticleStore down =
        new ArticleStore() {
          @Override
          public com.mongodb.bulk.BulkWriteResult bulkWrite(
              List<com.mongodb.client.model.WriteModel<Document>> models) {
            throw new com.mongodb.MongoSocketOpenException(
                "refused", new com.mongodb.ServerAddress());
          }

          @Override
          public java.util.Map<String, StoredVersion> versions(java.util.Collection<String> ids) {
            return java.util.Map.of();
          }
        };
    BatchWriter failing = new BatchWriter(down, new NewerVersionWins(), 16 * 1024 * 1024, CLOCK);

    assertThatThrownBy(() -> failing.write(batch(TestArticles.harbour("a"))))
        .isInstanceOf(com.mongodb.MongoSocketException.class);
  }

  static List<Incoming> batch(EnrichedArticle... articles) {
    return java.util.Arrays.stream(articles).map(a -> new Incoming(a, -1)).toList();
  }

  static EnrichedArticle withBody(EnrichedArticle a, String body) {
    return new EnrichedArticle(
        a.schemaVersion(),
        a.id(),
        a.source(),
        a.url(),
        a.title(),
        body,
        a.language(),
        a.publishedAt(),
        a.receivedAt(),
        a.contentHash(),
        a.removedLines(),
        a.metadata(),
        a.enrichedAt(),
        a.enrichment(),
        a.entities(),
        a.figures(),
        a.dates());
  }

  private EnrichedArticle stored(String id) {
    return ArticleDocuments.toArticle(articles.find(Filters.eq("_id", id)).first());
  }

  private Instant storedEnrichedAt(String id) {
    return stored(id).enrichedAt();
  }
}
