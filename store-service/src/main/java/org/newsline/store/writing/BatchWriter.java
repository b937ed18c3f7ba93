package org.newsline.store.writing;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.newsline.model.EnrichedArticle;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.store.documents.ArticleFields;
import org.newsline.store.documents.DocumentSizes;

/**
 * Writes one batch of articles with one read of the stored versions ({@code _id $in}) and one
 * unordered bulk write, and says what happened to each.
 *
 * <ul>
 *   <li>Articles that cannot be stored as they are (over the size limit, refused by the server's
 *       validation or any other per-document error) are {@link Outcome#FAILED} with a {@link
 *       RejectedArticleException}; the rest of the batch is written.
 *   <li>Within the batch the newest version of each id is written (equal versions: the later
 *       record); the others are {@link Outcome#STALE} or {@link Outcome#UNCHANGED}.
 *   <li>Anything else MongoDB throws (unreachable, timeout, not primary, write concern not
 *       satisfied) propagates: the caller must retry the whole batch, which is safe because every
 *       write is idempotent.
 * </ul>
 */
final class BatchWriter {

  private final ArticleStore store;
  private final WriteModelStrategy strategy;
  private final int maxDocumentBytes;
  private final Clock clock;

  BatchWriter(ArticleStore store, WriteModelStrategy strategy, int maxDocumentBytes, Clock clock) {
    this.store = store;
    this.strategy = strategy;
    this.maxDocumentBytes = maxDocumentBytes;
    this.clock = clock;
  }

  /** One article of a batch, with the size of its JSON form (negative when unknown). */
  record Incoming(EnrichedArticle article, int jsonBytes) {}

  /**
   * What happened to each article of a batch, by position.
   *
   * @param storedAt the {@code storedAt} written on every document of the batch
   * @param outcomes one per incoming article
   * @param rejected the data errors, by position
   */
  record Result(
      Instant storedAt, List<Outcome> outcomes, Map<Integer, RejectedArticleException> rejected) {}

  Result write(List<Incoming> batch) {
    Instant storedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Outcome[] outcomes = new Outcome[batch.size()];
    Map<Integer, RejectedArticleException> rejected = new LinkedHashMap<>();
    Document[] documents = new Document[batch.size()];
    ArticleVersion[] versions = new ArticleVersion[batch.size()];
    Map<String, Integer> winners = new LinkedHashMap<>();

    for (int i = 0; i < batch.size(); i++) {
      Incoming incoming = batch.get(i);
      EnrichedArticle article = incoming.article();
      try {
        documents[i] = ArticleDocuments.toDocument(article, storedAt);
        versions[i] = ArticleVersion.of(article);
        documents[i].append(ArticleFields.VERSION_KEY, versions[i].key());
      } catch (RuntimeException e) {
        reject(
            i,
            new RejectedArticleException("validation", "cannot map article: " + e, e),
            outcomes,
            rejected);
        continue;
      }
      if (DocumentSizes.exceeds(documents[i], incoming.jsonBytes(), maxDocumentBytes)) {
        reject(
            i,
            new RejectedArticleException(
                "too-large",
                "article "
                    + article.id()
                    + " is "
                    + DocumentSizes.bsonSize(documents[i])
                    + " bytes as BSON, over the limit of "
                    + maxDocumentBytes,
                null),
            outcomes,
            rejected);
        continue;
      }
      Integer previous = winners.get(article.id());
      if (previous == null) {
        winners.put(article.id(), i);
      } else if (versions[previous].isNewerThan(versions[i])) {
        outcomes[i] = Outcome.STALE;
      } else {
        outcomes[previous] =
            versions[i].equals(versions[previous]) ? Outcome.UNCHANGED : Outcome.STALE;
        winners.put(article.id(), i);
      }
    }
    // A superseded record that equals the winner is UNCHANGED, whichever came first.
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes[i] == Outcome.STALE) {
        Integer winner = winners.get(batch.get(i).article().id());
        if (winner != null && versions[winner].equals(versions[i])) {
          outcomes[i] = Outcome.UNCHANGED;
        }
      }
    }

    if (!winners.isEmpty()) {
      Map<String, StoredVersion> stored = store.versions(winners.keySet());
      List<Integer> positions = new ArrayList<>(winners.size());
      List<WriteModel<Document>> models = new ArrayList<>(winners.size());
      for (Map.Entry<String, Integer> winner : winners.entrySet()) {
        int position = winner.getValue();
        StoredVersion held = stored.get(winner.getKey());
        ArticleVersion existing = held == null ? null : held.version();
        if (held != null) {
          documents[position].append(
              ArticleFields.REVISIONS,
              held.revisionsAfter(batch.get(position).article().contentHash(), storedAt));
        }
        WriteModel<Document> model =
            strategy.modelFor(documents[position], versions[position], existing);
        if (model == null) {
          outcomes[position] =
              existing.equals(versions[position]) ? Outcome.UNCHANGED : Outcome.STALE;
        } else {
          positions.add(position);
          models.add(model);
        }
      }
      if (!models.isEmpty()) {
        applyResult(batch, positions, models, versions, outcomes, rejected);
      }
    }
    return new Result(storedAt, Arrays.asList(outcomes), rejected);
  }

  private void applyResult(
      List<Incoming> batch,
      List<Integer> positions,
      List<WriteModel<Document>> models,
      ArticleVersion[] versions,
      Outcome[] outcomes,
      Map<Integer, RejectedArticleException> rejected) {
    BulkWriteFailure failure;
    try {
      failure = BulkWriteFailure.none(store.bulkWrite(models));
    } catch (MongoBulkWriteException e) {
      failure = BulkWriteFailure.of(e);
      if (failure.retryBatch()) {
        throw e; // applied, but not durably or not at all: retry the batch (idempotent)
      }
    }
    Set<Integer> upserted = new HashSet<>();
    if (failure.result().wasAcknowledged()) {
      for (BulkWriteUpsert upsert : failure.result().getUpserts()) {
        upserted.add(upsert.getIndex());
      }
    }
    Set<Integer> settled = new HashSet<>();
    Map<String, Integer> conflicts = new LinkedHashMap<>();
    for (int index : failure.duplicateKeys()) {
      int position = positions.get(index);
      settled.add(index);
      conflicts.put(batch.get(position).article().id(), position);
    }
    for (BulkWriteFailure.Refusal refusal : failure.refusals()) {
      int position = positions.get(refusal.index());
      settled.add(refusal.index());
      reject(
          position,
          new RejectedArticleException(
              refusal.reason(),
              "MongoDB refused article "
                  + batch.get(position).article().id()
                  + ": code "
                  + refusal.code()
                  + ", "
                  + refusal.message(),
              null),
          outcomes,
          rejected);
    }
    for (int m = 0; m < models.size(); m++) {
      if (!settled.contains(m)) {
        boolean inserted = models.get(m) instanceof InsertOneModel || upserted.contains(m);
        outcomes[positions.get(m)] = inserted ? Outcome.INSERTED : Outcome.REPLACED;
      }
    }
    if (!conflicts.isEmpty()) {
      Map<String, StoredVersion> stored = store.versions(conflicts.keySet());
      for (Map.Entry<String, Integer> conflict : conflicts.entrySet()) {
        StoredVersion held = stored.get(conflict.getKey());
        ArticleVersion existing = held == null ? null : held.version();
        ArticleVersion incoming = versions[conflict.getValue()];
        if (existing == null || incoming.isNewerThan(existing)) {
          // Stored by someone else between our read and our write, and still older: the batch is
          // retried (idempotent), and the next attempt replaces it.
          throw new ConcurrentWriteException(conflict.getKey());
        }
        outcomes[conflict.getValue()] =
            existing.equals(incoming) ? Outcome.UNCHANGED : Outcome.STALE;
      }
    }
  }

  private static void reject(
      int position,
      RejectedArticleException e,
      Outcome[] outcomes,
      Map<Integer, RejectedArticleException> rejected) {
    outcomes[position] = Outcome.FAILED;
    rejected.put(position, e);
  }
}
