package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteInsert;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.bulk.WriteConcernError;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.newsline.store.TestArticles;

/** How the writer splits a failed bulk write into data errors and infrastructure errors. */
class BulkWriteErrorSplittingTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-04-18T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void validationFailureRejectsThatArticleOnly() {
    BatchWriter writer =
        writer(
            models ->
                failure(
                    List.of(upsert(0, "a"), upsert(2, "c")),
                    List.of(
                        new BulkWriteError(
                            121, "Document failed validation", new BsonDocument(), 1)),
                    null));

    BatchWriter.Result result =
        writer.write(
            BatchWriterTest.batch(
                TestArticles.harbour("a"), TestArticles.harbour("b"), TestArticles.harbour("c")));

    assertThat(result.outcomes())
        .containsExactly(Outcome.INSERTED, Outcome.FAILED, Outcome.INSERTED);
    assertThat(result.rejected().get(1).reason()).isEqualTo("validation");
    assertThat(result.rejected().get(1)).hasMessageContaining("121");
  }

  @Test
  void otherPerDocumentErrorsAreDataErrorsToo() {
    BatchWriter writer =
        writer(
            models ->
                failure(
                    List.of(),
                    List.of(new BulkWriteError(52, "$-prefixed field", new BsonDocument(), 0)),
                    null));

    BatchWriter.Result result = writer.write(BatchWriterTest.batch(TestArticles.harbour("a")));

    assertThat(result.outcomes()).containsExactly(Outcome.FAILED);
    assertThat(result.rejected().get(0).reason()).isEqualTo("processing");
  }

  @Test
  void transientWriteErrorFailsTheWholeBatchForRetry() {
    BatchWriter writer =
        writer(
            models ->
                failure(
                    List.of(),
                    List.of(new BulkWriteError(10107, "not primary", new BsonDocument(), 0)),
                    null));

    assertThatThrownBy(() -> writer.write(BatchWriterTest.batch(TestArticles.harbour("a"))))
        .isInstanceOf(MongoBulkWriteException.class);
  }

  @Test
  void writeConcernErrorFailsTheWholeBatchForRetry() {
    BatchWriter writer =
        writer(
            models ->
                failure(
                    List.of(upsert(0, "a")),
                    List.of(),
                    new WriteConcernError(
                        64,
                        "WriteConcernFailed",
                        "waiting for replication timed out",
                        new BsonDocument())));

    assertThatThrownBy(() -> writer.write(BatchWriterTest.batch(TestArticles.harbour("a"))))
        .isInstanceOf(MongoBulkWriteException.class);
  }

  @Test
  void storedEqualOrNewerVersionsAreNotWrittenAtAll() {
    Instant newer = TestArticles.ENRICHED.plusSeconds(60);
    ArticleStore store =
        new FakeStore(
            models -> {
              throw new AssertionError("nothing to write, yet wrote " + models);
            },
            List.of(
                Map.of(
                    "same",
                        StoredVersion.of(
                            new ArticleVersion(TestArticles.RECEIVED, "1", TestArticles.ENRICHED)),
                    "older",
                        StoredVersion.of(new ArticleVersion(TestArticles.RECEIVED, "1", newer)))));
    BatchWriter writer = new BatchWriter(store, new NewerVersionWins(), 16 * 1024 * 1024, CLOCK);

    BatchWriter.Result result =
        writer.write(
            BatchWriterTest.batch(TestArticles.harbour("same"), TestArticles.harbour("older")));

    assertThat(result.outcomes()).containsExactly(Outcome.UNCHANGED, Outcome.STALE);
  }

  @Test
  void duplicateKeyIsStaleOrUnchangedByTheVersionStoredMeanwhile() {
    Instant newer = TestArticles.ENRICHED.plusSeconds(60);
    ArticleStore store =
        new FakeStore(
            models ->
                failure(
                    List.of(),
                    List.of(
                        new BulkWriteError(11000, "dup", new BsonDocument(), 0),
                        new BulkWriteError(11000, "dup", new BsonDocument(), 1)),
                    null),
            List.of(
                Map.of(),
                Map.of(
                    "same",
                        StoredVersion.of(
                            new ArticleVersion(TestArticles.RECEIVED, "1", TestArticles.ENRICHED)),
                    "older",
                        StoredVersion.of(new ArticleVersion(TestArticles.RECEIVED, "1", newer)))));
    BatchWriter writer = new BatchWriter(store, new NewerVersionWins(), 16 * 1024 * 1024, CLOCK);

    BatchWriter.Result result =
        writer.write(
            BatchWriterTest.batch(TestArticles.harbour("same"), TestArticles.harbour("older")));

    assertThat(result.outcomes()).containsExactly(Outcome.UNCHANGED, Outcome.STALE);
    assertThat(result.rejected()).isEmpty();
  }

  @Test
  void olderVersionStoredMeanwhileMakesTheBatchRetry() {
    Instant older = TestArticles.ENRICHED.minusSeconds(60);
    ArticleStore store =
        new FakeStore(
            models ->
                failure(
                    List.of(),
                    List.of(new BulkWriteError(11000, "dup", new BsonDocument(), 0)),
                    null),
            List.of(
                Map.of(),
                Map.of(
                    "a", StoredVersion.of(new ArticleVersion(TestArticles.RECEIVED, "1", older)))));
    BatchWriter writer = new BatchWriter(store, new NewerVersionWins(), 16 * 1024 * 1024, CLOCK);

    assertThatThrownBy(() -> writer.write(BatchWriterTest.batch(TestArticles.harbour("a"))))
        .isInstanceOf(ConcurrentWriteException.class);
  }

  @Test
  void transientCodesIncludeTheNotPrimaryFamily() {
    assertThat(BulkWriteFailure.TRANSIENT_CODES).containsAll(Set.of(10107, 13435, 11600, 189, 91));
  }

  private static BatchWriter writer(
      java.util.function.Function<List<WriteModel<Document>>, BulkWriteResult> bulk) {
    return new BatchWriter(
        new FakeStore(bulk, List.of(Map.of())), new NewerVersionWins(), 16 * 1024 * 1024, CLOCK);
  }

  private static BulkWriteUpsert upsert(int index, String id) {
    return new BulkWriteUpsert(index, new BsonString(id));
  }

  private static BulkWriteResult failure(
      List<BulkWriteUpsert> upserts, List<BulkWriteError> errors, WriteConcernError concernError) {
    BulkWriteResult partial =
        BulkWriteResult.acknowledged(0, 0, 0, 0, upserts, List.<BulkWriteInsert>of());
    throw new MongoBulkWriteException(partial, errors, concernError, new ServerAddress(), Set.of());
  }

  /** Answers the bulk write with {@code bulk} and the n-th version read with {@code reads[n]}. */
  private static final class FakeStore implements ArticleStore {
    private final java.util.function.Function<List<WriteModel<Document>>, BulkWriteResult> bulk;
    private final List<Map<String, StoredVersion>> reads;
    private int read;

    FakeStore(
        java.util.function.Function<List<WriteModel<Document>>, BulkWriteResult> bulk,
        List<Map<String, StoredVersion>> reads) {
      this.bulk = bulk;
      this.reads = reads;
    }

    @Override
    public BulkWriteResult bulkWrite(List<WriteModel<Document>> models) {
      return bulk.apply(models);
    }

    @Override
    public Map<String, StoredVersion> versions(Collection<String> ids) {
      return reads.get(Math.min(read++, reads.size() - 1));
    }
  }
}
