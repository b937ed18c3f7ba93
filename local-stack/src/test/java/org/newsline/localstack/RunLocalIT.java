package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.newsline.testsupport.ChildJvm;
import org.newsline.testsupport.FreePorts;
import org.newsline.testsupport.KafkaTestClients;

/**
 * {@code ./run-local}'s promises, on one data directory over two starts:
 *
 * <ol>
 *   <li>as a child JVM, {@code --no-samples --feed DIR}: the directory's articles are stored and no
 *       sample is; then a real Ctrl-C (SIGINT) while articles are still being posted one by one: it
 *       exits with 130 after stopping ingest, enrich, store, MongoDB and Kafka in that order (its
 *       log);
 *   <li>in this JVM, {@code --feed FILE --exit-when-fed} on the same data directory and ports:
 *       every article ingest acknowledged before Ctrl-C is stored, with exactly one record on
 *       {@code articles.raw} (and no sample there) and exactly one committed record on {@code
 *       articles.enriched} (counted by id on the topics, not by the store's unique {@code _id});
 *       then the samples (not fed to this directory before) and the file are fed, it waits until
 *       they are stored, says "Articles stored: 8 of 8", never "Press Ctrl-C", reuses the first
 *       start's API key, stops (services in reverse order, from their contexts' close events) and
 *       returns 0.
 * </ol>
 *
 * That a restart does not feed the samples again is {@link SampleFeedTest}'s.
 */
class RunLocalIT {

  /** What a Ctrl-C stops, in the order it must: the lines that say so, cut to these words. */
  private static final List<String> STOP_ORDER =
      List.of(
          "Stopping Newsline",
          "Stopping ingest service",
          "Stopping enrich service",
          "Stopping store service",
          "MongoDB stand-in on",
          "Kafka broker on",
          "Newsline stopped");

  private static final Duration START = Duration.ofMinutes(3);
  private static final List<String> DIR_IDS = List.of("run-local-dir-1", "run-local-dir-2");
  private static final List<String> FILE_IDS =
      List.of("run-local-file-1", "run-local-file-2", "run-local-file-3");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private LocalStackSettings settings;

  @Test
  void aDataDirectoryKeepsEveryAcknowledgedArticleAcrossCtrlCAndRestartsAndGetsOnlyWhatWasFed()
      throws Exception {
    Path work = Files.createTempDirectory(Path.of("target"), "run-local-").toAbsolutePath();
    Path dir = Files.createDirectories(work.resolve("feed-dir"));
    for (String id : DIR_IDS) {
      Files.writeString(dir.resolve(id + ".json"), article(id));
    }
    Path file = work.resolve("feed-file.ndjson");
    Files.writeString(file, FILE_IDS.stream().map(RunLocalIT::article).collect(joinLines()));
    List<String> samples = SampleArticles.ids();

    // 1. A child JVM, --no-samples --feed DIR, stopped with a real Ctrl-C mid-stream.
    ChildJvm first = firstStart(work, List.of("--no-samples", "--feed", dir.toString()));
    Set<String> streamed;
    try {
      await()
          .atMost(START)
          .pollInterval(Duration.ofMillis(250))
          .failFast("./run-local exited", () -> !first.isAlive())
          .until(() -> first.output().contains("Press Ctrl-C"));
      String key = Files.readString(settings.dataDir().resolve(ApiKeyFile.FILE_NAME)).trim();
      assertThat(first.output())
          .contains("Generated an API key", "Articles stored: 2 of 2")
          .doesNotContain("sample articles");
      // The services' own lines go to the data directory's log file, not to the console.
      Path serviceLog = ServiceLogs.file(settings.dataDir());
      assertThat(first.output())
          .contains("Service logs: " + serviceLog)
          .doesNotContain("Tomcat started on port", "partitions assigned")
          .doesNotContain("No active profile set");
      assertThat(Files.readString(serviceLog))
          .contains("Tomcat started on port " + settings.ingestPort() + " ")
          .contains("Tomcat started on port " + settings.enrichPort() + " ")
          .contains("Tomcat started on port " + settings.storePort() + " ")
          .contains("partitions assigned");
      for (String id : DIR_IDS) {
        assertThat(storeStatus(key, id)).as(id).isEqualTo(200);
      }
      for (String id : samples) {
        assertThat(storeStatus(key, id)).as("sample %s with --no-samples", id).isEqualTo(404);
      }

      Poster poster = new Poster(key);
      poster.start();
      await().atMost(Duration.ofMinutes(1)).until(() -> poster.acknowledged().size() >= 15);
      int exitCode = first.interrupt(Duration.ofMinutes(1));
      streamed = poster.stop();

      assertThat(exitCode).as("exit status after Ctrl-C (128 + SIGINT)").isEqualTo(130);
      assertThat(streamed).hasSizeGreaterThanOrEqualTo(15);
      assertThat(stopLines(first.output()))
          .as("what stopped, in order, after Ctrl-C")
          .containsExactlyElementsOf(STOP_ORDER);
    } catch (AssertionError | RuntimeException e) {
      System.out.println(first.tail(80));
      throw e;
    } finally {
      first.close();
    }

    // 2. In this JVM on the same data directory: --feed FILE --exit-when-fed. Held once its stack
    // has started, before it feeds anything, to check what the first start left.
    CommandRun second =
        CommandRun.startPaused(arguments("--feed", file.toString(), "--exit-when-fed"));
    try {
      second.awaitStarted(START);
      Set<String> acknowledged = new LinkedHashSet<>(DIR_IDS);
      acknowledged.addAll(streamed);
      String key = Files.readString(settings.dataDir().resolve(ApiKeyFile.FILE_NAME)).trim();
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(500))
          .untilAsserted(
              () ->
                  assertThat(acknowledged.stream().filter(id -> storeStatus(key, id) != 200))
                      .as("articles acknowledged before Ctrl-C, not stored after the restart")
                      .isEmpty());
      String kafka = "localhost:" + settings.kafkaPort();
      Map<String, Long> raw = countByKey(kafka, "articles.raw");
      Map<String, Long> enriched = countByKey(kafka, "articles.enriched");
      assertThat(acknowledged.stream().filter(id -> raw.getOrDefault(id, 0L) != 1))
          .as("acknowledged ids without exactly one record on articles.raw")
          .isEmpty();
      // Beyond those, only a streamed article whose acknowledgement the stop cut off may be there.
      assertThat(raw.keySet())
          .as("ids on articles.raw: no sample (--no-samples fed nothing)")
          .doesNotContainAnyElementsOf(samples)
          .allMatch(id -> id.startsWith("run-local-"));
      assertThat(acknowledged.stream().filter(id -> enriched.getOrDefault(id, 0L) != 1))
          .as("acknowledged ids without exactly one committed record on articles.enriched")
          .isEmpty();
    } finally {
      second.resume();
    }
    assertThat(second.awaitExit(START)).as(second.output()).isZero();
    assertThat(second.output())
        .contains("Fed 5 sample articles: 5 accepted")
        .contains("Articles stored: 8 of 8\n")
        .doesNotContain("Press Ctrl-C")
        .as("the data directory's key is reused")
        .doesNotContain("Generated an API key");
    assertThat(second.closedServices())
        .as("services stopped by --exit-when-fed, in order")
        .containsExactly("ingest", "enrich", "store");
    assertThat(settings.dataDir().resolve(SampleArticles.FED_MARKER)).exists();
  }

  /** The first start, on picked ports, again on new ones (new data directory) after a collision. */
  private ChildJvm firstStart(Path work, List<String> options) {
    AtomicInteger attempt = new AtomicInteger();
    return FreePorts.startOnFreshPorts(
        6,
        ports -> {
          settings =
              new LocalStackSettings(
                  work.resolve("data-" + attempt.incrementAndGet()),
                  ports[0],
                  ports[1],
                  ports[2],
                  ports[3],
                  ports[4],
                  ports[5]);
          List<String> arguments = new ArrayList<>(settings.arguments());
          arguments.addAll(options);
          return ChildJvm.start(
              "run-local-" + attempt.get(),
              LocalStackCommand.class.getName(),
              arguments,
              Map.of(),
              settings.ingestUrl(),
              START);
        });
  }

  private List<String> arguments(String... options) {
    List<String> arguments = new ArrayList<>(settings.arguments());
    arguments.addAll(List.of(options));
    return arguments;
  }

  /** The lines that say what is stopping or stopped, each cut to the words that name it. */
  private static List<String> stopLines(String output) {
    List<String> found = new ArrayList<>();
    for (String line : output.lines().toList()) {
      for (String marker : STOP_ORDER) {
        if (line.contains(marker) && (!marker.endsWith(" on") || line.contains("stopped"))) {
          found.add(marker);
        }
      }
    }
    return found;
  }

  private static Map<String, Long> countByKey(String kafka, String topic) {
    return KafkaTestClients.readToEnd(kafka, topic, Duration.ofSeconds(30)).stream()
        .map(ConsumerRecord::key)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private int storeStatus(String key, String id) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(settings.storeUrl() + "/api/v1/articles/" + id))
                  .header("X-API-Key", key)
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String article(String id) {
    return "{\"id\": \""
        + id
        + "\", \"source\": \"Run Local Wire\", \"publishedAt\": \"2025-05-05T10:00:00Z\","
        + " \"title\": \"Bridge reopens in Lyon\", \"body\": \"About 300 workers finished repairs"
        + " to the Pont Neuf bridge in Lyon on Monday, the mayor, Claire Dubois, said ("
        + id
        + ").\"}";
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joinLines() {
    return Collectors.joining("\n", "", "\n");
  }

  /**
   * Posts articles one at a time, as fast as ingest answers, until stopped; keeps the ids ingest
   * acknowledged (202 accepted, 200 duplicate). A post the stopping stack refuses or fails is not
   * acknowledged, and the poster goes on trying new articles.
   */
  private final class Poster {
    private final String key;
    private final Set<String> acknowledged = Collections.synchronizedSet(new LinkedHashSet<>());
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread thread;

    Poster(String key) {
      this.key = key;
      this.thread = new Thread(this::run, "run-local-poster");
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    Set<String> acknowledged() {
      synchronized (acknowledged) {
        return Set.copyOf(acknowledged);
      }
    }

    Set<String> stop() throws InterruptedException {
      stopped.set(true);
      thread.join(30_000);
      synchronized (acknowledged) {
        return new LinkedHashSet<>(acknowledged);
      }
    }

    private void run() {
      for (int i = 1; !stopped.get(); i++) {
        String id = "run-local-stream-" + i;
        try {
          int status =
              http.send(
                      HttpRequest.newBuilder(URI.create(settings.ingestUrl() + "/api/v1/articles"))
                          .header("Content-Type", "application/json")
                          .header("X-API-Key", key)
                          .timeout(Duration.ofSeconds(10))
                          .POST(HttpRequest.BodyPublishers.ofString(article(id)))
                          .build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode();
          if (status == 202 || status == 200) {
            acknowledged.add(id);
          }
        } catch (IOException e) {
          // The stack is stopping or gone: not acknowledged. Pace the attempts.
          LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
