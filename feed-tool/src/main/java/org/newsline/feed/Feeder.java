package org.newsline.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Feeds a file or directory to the ingest service's batch endpoint: reads items lazily, skips those
 * a previous run had accepted ({@code --resume}), sends batches, retries 429, 503 and connection
 * failures with exponential backoff that honours {@code Retry-After} (only the items that were not
 * accepted are sent again), records accepted keys, and reports progress.
 *
 * <p>Usable in-process: {@code new Feeder(options, sink).run()}.
 */
public final class Feeder {

  static final int MAX_REPORTED = 20;

  /** Waits between attempts; replaceable in tests. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final FeedOptions options;
  private final ProgressSink sink;
  private final IngestClient client;
  private final Sleeper sleeper;

  private long started;
  private long sent;
  private long accepted;
  private long duplicate;
  private long rejected;
  private long skipped;
  private long total = -1;
  private final List<String> rejections = new ArrayList<>();

  public Feeder(FeedOptions options, ProgressSink sink) {
    this(
        options,
        sink,
        new HttpIngestClient(options.serviceUrl(), options.apiKey(), options.requestTimeout()),
        d -> Thread.sleep(d.toMillis()));
  }

  Feeder(FeedOptions options, ProgressSink sink, IngestClient client, Sleeper sleeper) {
    this.options = options;
    this.sink = sink;
    this.client = client;
    this.sleeper = sleeper;
  }

  /** Feeds the whole input; never throws for a service or input problem, it reports it instead. */
  public FeedSummary run() {
    started = System.nanoTime();
    String error = null;
    ResumeState opened;
    try {
      opened = ResumeState.open(options.effectiveStateFile(), options.resume());
    } catch (IOException e) {
      FeedSummary summary =
          new FeedSummary(
              progress(),
              rejections,
              "cannot open the state file " + options.effectiveStateFile() + ": " + e.getMessage());
      sink.finished(summary);
      return summary;
    }
    try (ResumeState state = opened) {
      total = Inputs.count(options.input());
      Iterator<FeedItem> items = Inputs.read(options.input(), options.source());
      List<FeedItem> batch = new ArrayList<>(options.batchSize());
      while (items.hasNext()) {
        FeedItem item = items.next();
        if (options.resume() && state.contains(item.key())) {
          skipped++;
          continue;
        }
        batch.add(item);
        if (batch.size() == options.batchSize()) {
          send(batch, state);
          batch = new ArrayList<>(options.batchSize());
        }
      }
      if (!batch.isEmpty()) {
        send(batch, state);
      }
    } catch (FeedFailed e) {
      error = e.getMessage();
    } catch (IOException | UncheckedIOException e) {
      error = "cannot read the input: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    }
    FeedSummary summary = new FeedSummary(progress(), rejections, error);
    sink.finished(summary);
    return summary;
  }

  private void send(List<FeedItem> batch, ResumeState state)
      throws IOException, InterruptedException {
    sent += batch.size();
    List<FeedItem> pending = batch;
    int attempt = 0;
    while (!pending.isEmpty()) {
      IngestClient.Reply reply;
      try {
        reply = client.sendBatch(pending);
      } catch (IOException e) {
        attempt =
            retryOrFail(
                attempt, -1, "cannot reach " + options.serviceUrl() + ": " + e.getMessage());
        continue;
      }
      JsonNode results = reply.body() == null ? null : reply.body().get("results");
      int status = reply.status();
      if (status == 401 || status == 403) {
        throw new FeedFailed("the service refused the API key (" + status + "): " + detail(reply));
      }
      if (status == 429 || (status >= 500 && results == null)) {
        attempt =
            retryOrFail(
                attempt,
                reply.retryAfterSeconds(),
                "the service answered " + status + ": " + detail(reply));
        continue;
      }
      if (results == null || !results.isArray()) {
        throw new FeedFailed("the service answered " + status + ": " + detail(reply));
      }
      List<FeedItem> again = new ArrayList<>();
      int answered = 0;
      for (JsonNode result : results) {
        int index = result.get("index").asInt();
        if (index < 0 || index >= pending.size()) {
          continue;
        }
        answered++;
        FeedItem item = pending.get(index);
        switch (result.get("status").asString()) {
          case "accepted" -> {
            accepted++;
            state.add(item.key());
            acknowledged(result);
          }
          case "duplicate" -> {
            duplicate++;
            state.add(item.key());
            acknowledged(result);
          }
          default -> {
            JsonNode problem = result.get("problem");
            int itemStatus =
                problem == null || problem.get("status") == null
                    ? 0
                    : problem.get("status").asInt();
            if (itemStatus == 503 || itemStatus == 429) {
              again.add(item);
            } else {
              rejected++;
              if (rejections.size() < MAX_REPORTED) {
                rejections.add(
                    item.key()
                        + ": "
                        + (problem == null ? "rejected" : problem.get("detail").asString()));
              }
            }
          }
        }
      }
      state.flush();
      List<FeedItem> unanswered =
          answered < pending.size() ? pending.subList(answered, pending.size()) : List.of();
      if (answered == 0 && status == 413) {
        throw new FeedFailed(
            "the service refused even the first item of a batch as too large: " + detail(reply));
      }
      sink.progress(progress());
      List<FeedItem> next = new ArrayList<>(again);
      next.addAll(unanswered);
      if (!again.isEmpty()) {
        try {
          attempt =
              retryOrFail(
                  attempt,
                  reply.retryAfterSeconds(),
                  again.size() + " items were not accepted: " + detail(reply));
        } catch (FeedFailed e) {
          for (FeedItem item : again) {
            rejected++;
            if (rejections.size() < MAX_REPORTED) {
              rejections.add(item.key() + ": " + e.getMessage());
            }
          }
          next = new ArrayList<>(unanswered);
        }
      }
      pending = next;
    }
  }

  private void acknowledged(JsonNode result) {
    JsonNode id = result.get("id");
    if (id != null && id.isString()) {
      sink.acknowledged(id.asString());
    }
  }

  /** Waits before the next attempt, or fails when the attempts are used up. */
  private int retryOrFail(int attempt, long retryAfterSeconds, String why)
      throws InterruptedException {
    int next = attempt + 1;
    if (next > options.maxRetries()) {
      throw new FeedFailed("gave up after " + next + " attempts; " + why);
    }
    sleeper.sleep(backoff(next, retryAfterSeconds, options.initialBackoff(), options.maxBackoff()));
    return next;
  }

  /** {@code initial * 2^(attempt-1)} up to {@code max}, but never less than Retry-After. */
  static Duration backoff(int attempt, long retryAfterSeconds, Duration initial, Duration max) {
    long millis = initial.toMillis() << Math.min(attempt - 1, 20);
    Duration wait = Duration.ofMillis(Math.min(millis, max.toMillis()));
    if (retryAfterSeconds > 0 && Duration.ofSeconds(retryAfterSeconds).compareTo(wait) > 0) {
      wait = Duration.ofSeconds(retryAfterSeconds);
    }
    return wait;
  }

  private FeedProgress progress() {
    return new FeedProgress(
        sent,
        accepted,
        duplicate,
        rejected,
        skipped,
        Duration.ofNanos(System.nanoTime() - started),
        total);
  }

  private static String detail(IngestClient.Reply reply) {
    JsonNode body = reply.body();
    if (body != null && body.get("detail") != null) {
      return body.get("detail").asString();
    }
    return "status " + reply.status();
  }

  private static final class FeedFailed extends RuntimeException {
    FeedFailed(String message) {
      super(message);
    }
  }
}
