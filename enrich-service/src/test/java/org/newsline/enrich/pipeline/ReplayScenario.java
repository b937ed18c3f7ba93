package org.newsline.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.enrich.SharedEngine;
import org.newsline.enrich.pipeline.EnrichInstances.Names;
import org.newsline.enrich.replay.ReplayCommand;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;
import org.newsline.model.kafka.EventDeserializer;
import org.newsline.model.kafka.EventSerializer;
import org.newsline.testsupport.Infrastructure;
import org.newsline.testsupport.KafkaTestClients;
import org.newsline.testsupport.UniqueNames;

/**
 * The replay command end to end over a real broker, beside live enrichment: every raw article
 * re-enriched once at the replay's pipeline version, up to the end offsets it saw at its start
 * while new records keep arriving, and a replay stopped midway and started again doing the rest
 * once. Runs on the embedded broker and on a real container.
 */
abstract class ReplayScenario {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final String LIVE_VERSION = "2";
  private static final String REPLAY_VERSION = "3";
  private static final String BODY = "In Odesa, about 200 sailors refused orders on April 18.";
  private static final EventDeserializer<EnrichedArticle> ENRICHED =
      new EventDeserializer<>(EnrichedArticle.class, 1);

  protected abstract Infrastructure infrastructure();

  @TempDir Path dir;

  private final Deque<AutoCloseable> open = new ArrayDeque<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  @Test
  void reEnrichesEveryArticleOnceAtItsVersionAndStopsAtItsEndOffsetsWhileNewOnesArrive()
      throws Exception {
    Names names = Names.unique();
    EnrichInstances.createTopics(infrastructure(), names);
    open.push(
        EnrichInstances.start(
            infrastructure(),
            names,
            EnrichInstances.ONE_CONSUMER,
            "--newsline.enrich.pipeline-version=" + LIVE_VERSION));
    List<String> archive = send(names, "archive-", 30);
    KafkaTestClients.readAll(
        infrastructure(), names.enriched(), archive.size(), TIMEOUT, Duration.ZERO);

    Path state = dir.resolve("replay.state");
    Run run = replay(names, UniqueNames.of("enrich-replay"), state);
    // Once it has recorded its end offsets, new articles every 20 ms until after it has ended
    // (each counted once sent).
    await().atMost(TIMEOUT).until(() -> Files.exists(state) || run.code().isDone());
    AtomicInteger arrived = new AtomicInteger();
    KafkaProducer<String, byte[]> feeder = KafkaTestClients.bytesProducer(infrastructure());
    open.push(feeder);
    ScheduledExecutorService feed = Executors.newSingleThreadScheduledExecutor();
    open.push(feed::shutdownNow);
    feed.scheduleAtFixedRate(
        () -> {
          String id = "new-" + arrived.get();
          sendQuietly(feeder, names, id);
          arrived.incrementAndGet();
        },
        0,
        20,
        TimeUnit.MILLISECONDS);
    int code = run.exitCode();
    int sentByTheEnd = arrived.get();
    feed.shutdown();
    assertThat(feed.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(code).as("exit code: the replay stopped at its end offsets").isZero();
    assertThat(state).as("the state file of a finished replay").doesNotExist();
    List<String> fresh = new ArrayList<>();
    for (int i = 0; i < arrived.get(); i++) {
      fresh.add("new-" + i);
    }
    awaitEnriched(names, fresh);
    Map<String, Map<String, Long>> versions = versionsPerId(names);
    // Sent one after another, from about when the replay read its end offsets: any sent before
    // (a prefix of them) are part of what it replays; those sent after are live enrichment's.
    List<String> replayedNew =
        fresh.stream().filter(id -> versions.get(id).containsKey(REPLAY_VERSION)).toList();
    assertThat(replayedNew).isEqualTo(fresh.subList(0, replayedNew.size()));
    assertThat(sentByTheEnd - replayedNew.size())
        .as("new articles sent while the replay ran, past its end offsets")
        .isGreaterThan(5);
    int total = archive.size() + replayedNew.size();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "replay [",
            "/" + total + " (",
            "replay done: " + total + " records read, " + total + " enriched, 0 skipped");
    List<String> replayed = new ArrayList<>(archive);
    replayed.addAll(replayedNew);
    assertThat(replayed)
        .allSatisfy(
            id ->
                assertThat(versions.get(id))
                    .as("versions of %s", id)
                    .containsExactlyInAnyOrderEntriesOf(
                        Map.of(LIVE_VERSION, 1L, REPLAY_VERSION, 1L)));
    assertThat(fresh.subList(replayedNew.size(), fresh.size()))
        .as("new articles past the end offsets: enriched once, by live enrichment, not replayed")
        .allSatisfy(
            id ->
                assertThat(versions.get(id))
                    .as("versions of %s", id)
                    .containsExactlyEntriesOf(Map.of(LIVE_VERSION, 1L)));
  }

  @Test
  void aReplayStoppedMidwayAndStartedAgainEnrichesTheRestExactlyOnce() throws Exception {
    Names names = Names.unique();
    EnrichInstances.createTopics(infrastructure(), names);
    // At least 100 ms each (ExplodingEngineConfiguration), one per transaction: stopped after a
    // few, most of the archive is left for the second run.
    List<String> archive = send(names, ExplodingEngineConfiguration.SLOW + "-archive-", 24);
    Path state = dir.resolve("replay.state");
    String group = UniqueNames.of("enrich-replay");

    Run first = replay(names, group, state, "--spring.kafka.consumer.max-poll-records=1");
    await().atMost(TIMEOUT).until(() -> committed(group) >= 4);
    assertThat(first.interrupt()).as("exit code of the stopped run").isEqualTo(130);
    long doneByFirst = committed(group);
    assertThat(doneByFirst).as("done by the first run: some, not all").isBetween(4L, 23L);
    assertThat(state).as("kept for the resumed run").exists();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("run the same command again to resume");
    // More raw articles after the first run began: past its end offsets, not the replay's.
    List<String> later = send(names, "later-", 3);

    int code = replay(names, group, state).exitCode();

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("replay done: " + (24 - doneByFirst) + " records read");
    Map<String, Map<String, Long>> versions = versionsPerId(names);
    assertThat(versions.keySet())
        .as("ids enriched: the archive, none of the later ones")
        .containsExactlyInAnyOrderElementsOf(archive)
        .doesNotContainAnyElementsOf(later);
    assertThat(versions)
        .allSatisfy(
            (id, perVersion) ->
                assertThat(perVersion)
                    .as("versions of %s", id)
                    .containsExactlyEntriesOf(Map.of(REPLAY_VERSION, 1L)));
  }

  /** The replay command running on a thread of its own. */
  private record Run(ExecutorService thread, Future<Integer> code) {

    int exitCode() throws Exception {
      return code.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Interrupts the command (as Ctrl-C stops it), waits for it to end. */
    int interrupt() throws Exception {
      thread.shutdownNow();
      assertThat(thread.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
      return exitCode();
    }
  }

  private Run replay(Names names, String group, Path state, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--bootstrap-servers=" + infrastructure().kafkaBootstrapServers(),
                "--group=" + group,
                "--state=" + state,
                "--newsline.enrich.pipeline-version=" + REPLAY_VERSION,
                "--newsline.enrich.replay.progress-interval=200ms",
                EnrichInstances.ONE_CONSUMER));
    args.addAll(List.of(more));
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    open.push(thread::shutdownNow);
    return new Run(
        thread,
        thread.submit(
            () ->
                ReplayCommand.execute(
                    args.toArray(String[]::new),
                    springArgs -> EnrichInstances.start(infrastructure(), names, springArgs),
                    print,
                    print)));
  }

  private List<String> send(Names names, String prefix, int count) throws Exception {
    List<String> ids = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer =
        KafkaTestClients.bytesProducer(infrastructure())) {
      for (int i = 0; i < count; i++) {
        ids.add(prefix + i);
        producer.send(new ProducerRecord<>(names.raw(), prefix + i, json(prefix + i))).get();
      }
    }
    return ids;
  }

  private static void sendQuietly(KafkaProducer<String, byte[]> producer, Names names, String id) {
    try {
      producer.send(new ProducerRecord<>(names.raw(), id, json(id))).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] json(String id) {
    RawArticle raw =
        SharedEngine.article(
            id, "Sailors Refuse Orders", BODY, Instant.parse("2025-04-20T08:00:00Z"));
    return new EventSerializer<RawArticle>().serialize("t", raw);
  }

  private void awaitEnriched(Names names, List<String> ids) {
    await()
        .atMost(TIMEOUT)
        .untilAsserted(() -> assertThat(versionsPerId(names).keySet()).containsAll(ids));
  }

  /** Per id, how many committed enriched records there are at each pipeline version. */
  private Map<String, Map<String, Long>> versionsPerId(Names names) {
    return KafkaTestClients.readToEnd(infrastructure(), names.enriched(), TIMEOUT).stream()
        .collect(
            Collectors.groupingBy(
                r -> r.key(),
                Collectors.groupingBy(
                    r ->
                        ENRICHED
                            .deserialize(names.enriched(), r.value())
                            .enrichment()
                            .pipelineVersion(),
                    Collectors.counting())));
  }

  /** Records done by the replay group: the sum of its committed offsets. */
  private long committed(String group) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure().kafkaBootstrapServers()))) {
      return admin
          .listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata()
          .get()
          .values()
          .stream()
          .mapToLong(OffsetAndMetadata::offset)
          .sum();
    }
  }
}
