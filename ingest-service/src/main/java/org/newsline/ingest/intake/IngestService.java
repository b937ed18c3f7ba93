package org.newsline.ingest.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.duplicates.RecentArticles;
import org.newsline.ingest.metrics.IngestMetrics;
import org.newsline.ingest.metrics.RejectReason;
import org.newsline.ingest.publishing.ArticlePublisher;
import org.newsline.ingest.publishing.BrokerUnavailableException;
import org.newsline.ingest.validation.ArticleRequest;
import org.newsline.ingest.validation.InvalidArticleException;
import org.newsline.model.RawArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares, de-duplicates and publishes articles, and counts what became of each. An article is
 * {@link IntakeOutcome.Accepted} only once the broker acknowledged it; an article that was
 * published with the same content recently is a {@link IntakeOutcome.Duplicate} and is not sent
 * again; the same id with new content is published as an update.
 */
public final class IngestService {

  private static final Logger log = LoggerFactory.getLogger(IngestService.class);
  private static final Duration GRACE = Duration.ofSeconds(1);

  private final ArticlePreparer preparer;
  private final ArticlePublisher publisher;
  private final RecentArticles recent;
  private final IngestMetrics metrics;
  private final IngestProperties properties;

  public IngestService(
      ArticlePreparer preparer,
      ArticlePublisher publisher,
      RecentArticles recent,
      IngestMetrics metrics,
      IngestProperties properties) {
    this.preparer = preparer;
    this.publisher = publisher;
    this.recent = recent;
    this.metrics = metrics;
    this.properties = properties;
  }

  /** Ingests one article and waits for the broker. */
  public IntakeOutcome ingest(ArticleRequest request, long bytes) {
    Batch batch = batch();
    batch.add(request, bytes);
    return batch.finish().get(0);
  }

  /** Starts a batch: items are sent as they are added, and {@link Batch#finish} awaits them all. */
  public Batch batch() {
    return new Batch();
  }

  /** Counts an item rejected before it could be read as an article (malformed, too large). */
  IntakeOutcome.Rejected rejectUnread(IntakeOutcome.Rejected rejected) {
    metrics.rejected(null, rejected.reason());
    return rejected;
  }

  /**
   * The articles of one request, in order. Not thread-safe: one request thread adds and finishes.
   */
  public final class Batch {

    private record Sent(String contentHash, int slot) {}

    private final List<CompletableFuture<IntakeOutcome>> slots = new ArrayList<>();
    private final Map<String, Sent> sentInBatch = new HashMap<>();
    private final Map<Integer, String> sentIds = new HashMap<>();
    private BrokerUnavailableException brokerDown;

    private Batch() {}

    public int size() {
      return slots.size();
    }

    /** An item that could not even be read; it keeps its place in the results. */
    public void addUnreadable(IntakeOutcome.Rejected rejected) {
      slots.add(CompletableFuture.completedFuture(rejectUnread(rejected)));
    }

    /** Prepares the article and, unless invalid or a duplicate, sends it without waiting. */
    public void add(ArticleRequest request, long bytes) {
      metrics.articleBytes(bytes);
      RawArticle article;
      try {
        article = preparer.prepare(request);
      } catch (InvalidArticleException e) {
        RejectReason reason = RejectReason.ofField(e.violations().get(0).field());
        metrics.rejected(request.source(), reason);
        slots.add(
            CompletableFuture.completedFuture(
                new IntakeOutcome.Rejected(
                    request.id(),
                    422,
                    reason,
                    "The article is invalid: " + e.getMessage(),
                    e.violations())));
        return;
      }
      String id = article.id();
      Sent earlier = sentInBatch.get(id);
      if (earlier != null && earlier.contentHash().equals(article.contentHash())) {
        slots.add(slots.get(earlier.slot()).thenApply(first -> sameAs(first, article)));
        return;
      }
      if (recent.isDuplicate(id, article.contentHash())) {
        metrics.duplicate(article.source());
        slots.add(CompletableFuture.completedFuture(new IntakeOutcome.Duplicate(id)));
        return;
      }
      if (brokerDown != null) {
        slots.add(CompletableFuture.completedFuture(unavailable(article, brokerDown)));
        return;
      }
      sentInBatch.put(id, new Sent(article.contentHash(), slots.size()));
      sentIds.put(slots.size(), id);
      long started = System.nanoTime();
      CompletableFuture<IntakeOutcome> outcome =
          publisher
              .publish(article)
              .handle(
                  (published, error) -> {
                    Duration took = Duration.ofNanos(System.nanoTime() - started);
                    metrics.published(took, error == null);
                    if (error == null) {
                      recent.remember(id, article.contentHash());
                      metrics.accepted(article.source());
                      return new IntakeOutcome.Accepted(
                          id, published.topic(), published.partition(), published.offset());
                    }
                    return failed(article, unwrap(error));
                  });
      if (outcome.isDone()
          && outcome.getNow(null) instanceof IntakeOutcome.Rejected r
          && r.status() == 503) {
        brokerDown = new BrokerUnavailableException(r.detail(), null);
      }
      slots.add(outcome);
    }

    /**
     * Waits for every send (at most the publish timeout after the last one) and returns the
     * outcomes in order.
     */
    public List<IntakeOutcome> finish() {
      long deadline = System.nanoTime() + properties.publishTimeout().plus(GRACE).toNanos();
      List<IntakeOutcome> outcomes = new ArrayList<>(slots.size());
      for (int n = 0; n < slots.size(); n++) {
        CompletableFuture<IntakeOutcome> slot = slots.get(n);
        String id = sentIds.get(n);
        try {
          long left = Math.max(0, deadline - System.nanoTime());
          outcomes.add(slot.get(left, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
          metrics.rejected(null, RejectReason.UNAVAILABLE);
          outcomes.add(
              new IntakeOutcome.Rejected(
                  id,
                  503,
                  RejectReason.UNAVAILABLE,
                  "Kafka did not acknowledge the article within "
                      + properties.publishTimeout().toMillis()
                      + " ms; it was not accepted, send it again later.",
                  List.of()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          outcomes.add(
              new IntakeOutcome.Rejected(
                  id,
                  503,
                  RejectReason.UNAVAILABLE,
                  "Interrupted while waiting for Kafka.",
                  List.of()));
        } catch (ExecutionException e) {
          outcomes.add(
              new IntakeOutcome.Rejected(
                  id, 503, RejectReason.PUBLISH_FAILED, "Publishing failed.", List.of()));
        }
      }
      return outcomes;
    }

    private IntakeOutcome sameAs(IntakeOutcome first, RawArticle article) {
      if (first instanceof IntakeOutcome.Accepted) {
        metrics.duplicate(article.source());
        return new IntakeOutcome.Duplicate(article.id());
      }
      return first;
    }

    private IntakeOutcome failed(RawArticle article, Throwable error) {
      if (error instanceof BrokerUnavailableException unavailable) {
        return unavailable(article, unavailable);
      }
      log.warn("Kafka refused article {}: {}", article.id(), error.toString());
      metrics.rejected(article.source(), RejectReason.PUBLISH_FAILED);
      return new IntakeOutcome.Rejected(
          article.id(),
          503,
          RejectReason.PUBLISH_FAILED,
          "Kafka refused the article ("
              + error.getClass().getSimpleName()
              + "); it was not accepted.",
          List.of());
    }

    private IntakeOutcome.Rejected unavailable(
        RawArticle article, BrokerUnavailableException error) {
      metrics.rejected(article.source(), RejectReason.UNAVAILABLE);
      return new IntakeOutcome.Rejected(
          article.id(),
          503,
          RejectReason.UNAVAILABLE,
          "Kafka did not acknowledge the article within "
              + properties.publishTimeout().toMillis()
              + " ms; it was not accepted, send it again later.",
          List.of());
    }
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
