package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteInsert;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.bulk.WriteConcernError;
import java.util.List;
import java.util.Set;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** How a failed bulk write is classified: retry the batch, duplicate key, or refused document. */
class BulkWriteFailureTest {

  @Test
  void duplicateKeyIsAConflictNotARefusal() {
    BulkWriteFailure failure = BulkWriteFailure.of(exception(null, error(11000, 2)));

    assertThat(failure.retryBatch()).isFalse();
    assertThat(failure.duplicateKeys()).containsExactly(2);
    assertThat(failure.refusals()).isEmpty();
  }

  @Test
  void documentValidationFailureIsRefusedForValidation() {
    BulkWriteFailure failure = BulkWriteFailure.of(exception(null, error(121, 1)));

    assertThat(failure.retryBatch()).isFalse();
    assertThat(failure.duplicateKeys()).isEmpty();
    assertThat(failure.refusals())
        .containsExactly(new BulkWriteFailure.Refusal(1, "validation", 121, "code 121"));
  }

  @Test
  void anyOtherPerDocumentCodeIsRefusedForProcessing() {
    BulkWriteFailure failure = BulkWriteFailure.of(exception(null, error(2, 0)));

    assertThat(failure.retryBatch()).isFalse();
    assertThat(failure.refusals())
        .containsExactly(new BulkWriteFailure.Refusal(0, "processing", 2, "code 2"));
  }

  @Test
  void aTransientCodeAnywhereRetriesTheWholeBatch() {
    BulkWriteFailure failure =
        BulkWriteFailure.of(
            exception(null, error(121, 0), error(BulkWriteFailure.NOT_WRITABLE_PRIMARY, 1)));

    assertThat(failure.retryBatch()).isTrue();
  }

  @Test
  void aWriteConcernErrorRetriesTheWholeBatch() {
    BulkWriteFailure failure =
        BulkWriteFailure.of(
            exception(
                new WriteConcernError(64, "WriteConcernFailed", "timeout", new BsonDocument())));

    assertThat(failure.retryBatch()).isTrue();
  }

  @Test
  void transientCodesAreTheServersNotNowCodes() {
    assertThat(BulkWriteFailure.TRANSIENT_CODES)
        .containsExactlyInAnyOrder(
            6, 7, 50, 64, 89, 91, 112, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436, 100, 79)
        .doesNotContain(
            BulkWriteFailure.DUPLICATE_KEY, BulkWriteFailure.DOCUMENT_VALIDATION_FAILURE);
  }

  @Test
  void noFailureHasNothingToSettle() {
    BulkWriteResult result = result();

    BulkWriteFailure failure = BulkWriteFailure.none(result);

    assertThat(failure.result()).isSameAs(result);
    assertThat(failure.retryBatch()).isFalse();
    assertThat(failure.duplicateKeys()).isEmpty();
    assertThat(failure.refusals()).isEmpty();
  }

  private static BulkWriteError error(int code, int index) {
    return new BulkWriteError(code, "code " + code, new BsonDocument(), index);
  }

  private static BulkWriteResult result() {
    return BulkWriteResult.acknowledged(
        0, 0, 0, 0, List.<BulkWriteUpsert>of(), List.<BulkWriteInsert>of());
  }

  private static MongoBulkWriteException exception(
      WriteConcernError concernError, BulkWriteError... errors) {
    return new MongoBulkWriteException(
        result(), List.of(errors), concernError, new ServerAddress(), Set.of());
  }
}
