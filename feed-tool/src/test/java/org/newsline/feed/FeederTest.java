package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class FeederTest {

  @TempDir Path dir;
  Path input;
  final List<Duration> waits = new ArrayList<>();
  final List<List<String>> requests = new ArrayList<>();
  final List<String> acknowledged = new ArrayList<>();

  @BeforeEach
  void writeInput() throws IOException {
    input = dir.resolve("in.ndjson");
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      lines
          .append("{\"id\": \"a-")
          .append(i)
          .append("\", \"body\": \"Body ")
          .append(i)
          .append(".\"}\n");
    }
    Files.writeString(input, lines);
  }

  /** A fake service: answers each request with the next function in the queue. */
  private Feeder feeder(
      FeedOptions options, Deque<Function<List<FeedItem>, IngestClient.Reply>> answers) {
    IngestClient client =
        items -> {
          requests.add(items.stream().map(FeedItem::key).toList());
          Function<List<FeedItem>, IngestClient.Reply> next =
              answers.isEmpty() ? FeederTest::allAccepted : answers.poll();
          IngestClient.Reply reply = next.apply(items);
          if (reply == null) {
            throw new ConnectException("refused");
          }
          return reply;
        };
    ProgressSink sink =
        new ProgressSink() {
          @Override
          public void progress(FeedProgress progress) {}

          @Override
          public void acknowledged(String id) {
            acknowledged.add(id);
          }
        };
    return new Feeder(options, sink, client, waits::add);
  }

  private FeedOptions options() {
    return FeedOptions.of(input, URI.create("http://ingest.test"), "k")
        .withBatchSize(2)
        .withResume(false, dir.resolve("state"))
        .withBackoff(3, Duration.ofMillis(100), Duration.ofSeconds(1));
  }

  @Test
  void sendsEveryItemInBatchesAndRecordsAcceptedKeys() throws IOException {
    FeedSummary summary = feeder(options(), new ArrayDeque<>()).run();

    assertThat(summary.exitCode()).isZero();
    assertThat(summary.progress().accepted()).isEqualTo(5);
    assertThat(requests)
        .containsExactly(
            List.of("id:a-1", "id:a-2"), List.of("id:a-3", "id:a-4"), List.of("id:a-5"));
    assertThat(Files.readAllLines(options().effectiveStateFile())).hasSize(5);
  }

  @Test
  void retries429WithBackoffHonouringRetryAfter() {
    Deque<Function<List<FeedItem>, IngestClient.Reply>> answers = new ArrayDeque<>();
    answers.add(items -> new IngestClient.Reply(429, 3, problem(429)));
    answers.add(items -> new IngestClient.Reply(429, -1, problem(429)));

    FeedSummary summary = feeder(options(), answers).run();

    assertThat(summary.progress().accepted()).isEqualTo(5);
    assertThat(summary.progress().sent()).isEqualTo(5);
    assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(200));
    assertThat(requests.get(0)).isEqualTo(requests.get(1)).isEqualTo(requests.get(2));
  }

  @Test
  void resendsOnlyTheItemsKafkaDidNotTake() {
    Deque<Function<List<FeedItem>, IngestClient.Reply>> answers = new ArrayDeque<>();
    answers.add(items -> batch(items, i -> i == 0 ? "accepted" : "503"));

    FeedSummary summary = feeder(options(), answers).run();

    assertThat(requests.get(1)).containsExactly("id:a-2");
    assertThat(summary.progress().accepted()).isEqualTo(5);
    assertThat(summary.progress().rejected()).isZero();
  }

  @Test
  void countsRejectedItemsWithTheirReasonAndDoesNotResendThem() {
    Deque<Function<List<FeedItem>, IngestClient.Reply>> answers = new ArrayDeque<>();
    answers.add(items -> batch(items, i -> i == 1 ? "422" : "duplicate"));

    FeedSummary summary = feeder(options(), answers).run();

    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(summary.progress().rejected()).isEqualTo(1);
    assertThat(summary.progress().duplicate()).isEqualTo(1);
    assertThat(summary.rejections()).containsExactly("id:a-2: bad item");
    assertThat(requests).hasSize(3);
  }

  @Test
  void reportsTheIdOfEveryAcknowledgedItemOnceAndNoneOfTheRejected() {
    Deque<Function<List<FeedItem>, IngestClient.Reply>> answers = new ArrayDeque<>();
    answers.add(items -> batch(items, i -> i == 0 ? "accepted" : "503"));
    answers.add(items -> batch(items, i -> "duplicate"));
    answers.add(items -> batch(items, i -> i == 1 ? "422" : "accepted"));

    feeder(options(), answers).run();

    assertThat(acknowledged).containsExactly("a-1", "a-2", "a-3", "a-5");
  }

  @Test
  void retriesConnectionFailuresThenGivesUp() {
    Deque<Function<List<FeedItem>, IngestClient.Reply>> answers = new ArrayDeque<>();
    for (int i = 0; i < 10; i++) {
      answers.add(items -> null);
    }

    FeedSummary summary = feeder(options(), answers).run();

    assertThat(summary.exitCode()).isEqualTo(2);
    assertThat(summary.error()).contains("gave up after 4 attempts").contains("cannot reach");
    assertThat(waits)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void stopsAtOnceWhenTheKeyIsRefused() {
    Deque<Function<List<FeedItem>, IngestClient.Reply>> answers = new ArrayDeque<>();
    answers.add(items -> new IngestClient.Reply(401, -1, problem(401)));

    FeedSummary summary = feeder(options(), answers).run();

    assertThat(summary.exitCode()).isEqualTo(2);
    assertThat(summary.error()).contains("API key");
    assertThat(requests).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void resumeSkipsWhatAPreviousRunHadAccepted() throws IOException {
    Deque<Function<List<FeedItem>, IngestClient.Reply>> first = new ArrayDeque<>();
    first.add(items -> batch(items, i -> "accepted"));
    first.add(items -> new IngestClient.Reply(401, -1, problem(401)));
    feeder(options(), first).run();
    requests.clear();

    FeedSummary resumed =
        feeder(options().withResume(true, dir.resolve("state")), new ArrayDeque<>()).run();

    assertThat(resumed.progress().skipped()).isEqualTo(2);
    assertThat(requests).containsExactly(List.of("id:a-3", "id:a-4"), List.of("id:a-5"));
  }

  @Test
  void backoffDoublesUpToTheMaximum() {
    Duration initial = Duration.ofMillis(500);
    Duration max = Duration.ofSeconds(30);
    assertThat(Feeder.backoff(1, -1, initial, max)).isEqualTo(Duration.ofMillis(500));
    assertThat(Feeder.backoff(4, -1, initial, max)).isEqualTo(Duration.ofSeconds(4));
    assertThat(Feeder.backoff(30, -1, initial, max)).isEqualTo(max);
    assertThat(Feeder.backoff(1, 10, initial, max)).isEqualTo(Duration.ofSeconds(10));
  }

  private static IngestClient.Reply allAccepted(List<FeedItem> items) {
    return batch(items, i -> "accepted");
  }

  /** A 200 batch answer; outcome per index: accepted, duplicate, or a status code for rejected. */
  private static IngestClient.Reply batch(List<FeedItem> items, Function<Integer, String> outcome) {
    ObjectNode body = Inputs.JSON.createObjectNode();
    ArrayNode results = body.putArray("results");
    for (int i = 0; i < items.size(); i++) {
      ObjectNode result = results.addObject().put("index", i);
      String o = outcome.apply(i);
      if (o.equals("accepted") || o.equals("duplicate")) {
        result.put("status", o).put("id", items.get(i).key().substring("id:".length()));
      } else {
        result.put("status", "rejected");
        result.putObject("problem").put("status", Integer.parseInt(o)).put("detail", "bad item");
      }
    }
    return new IngestClient.Reply(200, -1, body);
  }

  private static JsonNode problem(int status) {
    return Inputs.JSON.createObjectNode().put("status", status).put("detail", "problem " + status);
  }
}
