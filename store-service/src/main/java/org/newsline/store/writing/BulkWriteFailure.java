package org.newsline.store.writing;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A failed unordered bulk write, sorted by what it means for the batch: the whole batch is retried
 * ({@link #retryBatch()}), or each write error is a duplicate key (someone stored the id between
 * our read and our write) or a refusal of that one document (a data error).
 *
 * @param result what the server did apply
 * @param retryBatch a write-concern error or a transient code: retry the whole batch (idempotent)
 * @param duplicateKeys model indexes that hit a duplicate key
 * @param refusals model indexes the server refused, with why
 */
record BulkWriteFailure(
    BulkWriteResult result,
    boolean retryBatch,
    List<Integer> duplicateKeys,
    List<Refusal> refusals) {

  /** {@code DuplicateKey}. */
  static final int DUPLICATE_KEY = 11000;

  /** {@code DocumentValidationFailure}: refused by the collection's schema validation. */
  static final int DOCUMENT_VALIDATION_FAILURE = 121;

  static final int HOST_UNREACHABLE = 6;
  static final int HOST_NOT_FOUND = 7;
  static final int MAX_TIME_MS_EXPIRED = 50;
  static final int WRITE_CONCERN_FAILED = 64;
  static final int UNKNOWN_REPL_WRITE_CONCERN = 79;
  static final int NETWORK_TIMEOUT = 89;
  static final int SHUTDOWN_IN_PROGRESS = 91;
  static final int UNSATISFIABLE_WRITE_CONCERN = 100;
  static final int WRITE_CONFLICT = 112;
  static final int PRIMARY_STEPPED_DOWN = 189;
  static final int EXCEEDED_TIME_LIMIT = 262;
  static final int SOCKET_EXCEPTION = 9001;
  static final int NOT_WRITABLE_PRIMARY = 10107;
  static final int INTERRUPTED_AT_SHUTDOWN = 11600;
  static final int INTERRUPTED_DUE_TO_REPL_STATE_CHANGE = 11602;
  static final int NOT_PRIMARY_NO_SECONDARY_OK = 13435;
  static final int NOT_PRIMARY_OR_SECONDARY = 13436;

  /**
   * Write-error codes that mean "the server could not do it now", never "this document is bad": a
   * batch with one of these is retried whole.
   */
  static final Set<Integer> TRANSIENT_CODES =
      Set.of(
          HOST_UNREACHABLE,
          HOST_NOT_FOUND,
          MAX_TIME_MS_EXPIRED,
          WRITE_CONCERN_FAILED,
          UNKNOWN_REPL_WRITE_CONCERN,
          NETWORK_TIMEOUT,
          SHUTDOWN_IN_PROGRESS,
          UNSATISFIABLE_WRITE_CONCERN,
          WRITE_CONFLICT,
          PRIMARY_STEPPED_DOWN,
          EXCEEDED_TIME_LIMIT,
          SOCKET_EXCEPTION,
          NOT_WRITABLE_PRIMARY,
          INTERRUPTED_AT_SHUTDOWN,
          INTERRUPTED_DUE_TO_REPL_STATE_CHANGE,
          NOT_PRIMARY_NO_SECONDARY_OK,
          NOT_PRIMARY_OR_SECONDARY);

  /**
   * One document the server refused.
   *
   * @param index the model's index in the bulk write
   * @param reason {@code validation} for a schema validation failure, else {@code processing}
   */
  record Refusal(int index, String reason, int code, String message) {}

  BulkWriteFailure {
    duplicateKeys = List.copyOf(duplicateKeys);
    refusals = List.copyOf(refusals);
  }

  static BulkWriteFailure of(MongoBulkWriteException e) {
    boolean retryBatch =
        e.getWriteConcernError() != null
            || e.getWriteErrors().stream().anyMatch(w -> TRANSIENT_CODES.contains(w.getCode()));
    List<Integer> duplicateKeys = new ArrayList<>();
    List<Refusal> refusals = new ArrayList<>();
    for (BulkWriteError error : e.getWriteErrors()) {
      if (error.getCode() == DUPLICATE_KEY) {
        duplicateKeys.add(error.getIndex());
      } else {
        String reason =
            error.getCode() == DOCUMENT_VALIDATION_FAILURE ? "validation" : "processing";
        refusals.add(new Refusal(error.getIndex(), reason, error.getCode(), error.getMessage()));
      }
    }
    return new BulkWriteFailure(e.getWriteResult(), retryBatch, duplicateKeys, refusals);
  }

  /** No failure: the whole bulk write applied. */
  static BulkWriteFailure none(BulkWriteResult result) {
    return new BulkWriteFailure(result, false, List.of(), List.of());
  }
}
