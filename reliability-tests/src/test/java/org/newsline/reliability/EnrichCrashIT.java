package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrich crashes (SIGKILL of its JVM: no graceful shutdown, an open transaction left behind) in the
 * middle of a stream and is started again: downstream (read_committed) sees every raw record
 * enriched exactly once, none missing.
 */
@ExtendWith(EnrichChildren.class)
class EnrichCrashIT {

  private static final int TOTAL = 160;

  /** The killed instance must have enriched at least this many, and not all, before the kill. */
  private static final int KILL_AFTER = 40;

  @AutoClose private final Closer resources = new Closer();

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  @Test
  void everyRawRecordIsEnrichedExactlyOnceAfterEnrichIsKilledMidStream(EnrichChildren children)
      throws Exception {
    EnrichProcess.Names names = EnrichProcess.Names.create("crash");
    RawFeed feed = resources.open(new RawFeed(names.raw(), "crash"));
    feed.send(TOTAL);
    Set<String> ids = feed.sent();
    TopicTally committed =
        resources.open(TopicTally.committed(names.enriched(), EnrichProcess.Names.PARTITIONS));
    TopicTally uncommitted =
        resources.open(TopicTally.uncommitted(names.enriched(), EnrichProcess.Names.PARTITIONS));

    EnrichProcess first = children.start("crash-first", names);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> committed.distinct() >= KILL_AFTER || !first.isAlive());
    Set<String> leftOpen = first.killWithATransactionOpen(Duration.ofSeconds(30), names.enriched());
    int beforeKill = committed.distinct();
    System.out.println("EnrichCrashIT: the kill left transactions open: " + leftOpen);
    System.out.println(
        "EnrichCrashIT: killed " + first + " after " + beforeKill + " of " + TOTAL + " enriched");
    assertThat(beforeKill)
        .as("the kill landed mid-stream (enriched before it)")
        .isBetween(KILL_AFTER, TOTAL - 1);

    children.start("crash-second", names);
    long restarted = System.nanoTime();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(committed.missing(ids)).as("raw records not enriched (yet)").isEmpty());
    System.out.println(
        "EnrichCrashIT: restarted instance finished in "
            + Duration.ofNanos(System.nanoTime() - restarted).toSeconds()
            + " s");
    committed.assertEveryIdExactlyOnce(ids);
    // The scenario's precondition, checked last so that a broken (non-transactional) build fails
    // on what matters above.
    assertThat(leftOpen).as("transactions the kill left open with output records").isNotEmpty();
    TopicTally.assertNothingDeadLettered(names.rawDlt());
    // The records of the killed instance's open (then aborted) transaction reach a read_uncommitted
    // reader, and the restarted instance enriched their raw records again: ids seen twice there.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(uncommitted.duplicates())
                    .as("read_uncommitted: the aborted records and their enriched-again copies")
                    .isNotEmpty());
    System.out.println(
        "EnrichCrashIT: read_uncommitted saw "
            + uncommitted.records()
            + " records for "
            + TOTAL
            + " ids (duplicates there: "
            + uncommitted.duplicates()
            + ")");
  }

  /**
   * The README's advice for a stable {@code ENRICH_TRANSACTION_ID_PREFIX}: an instance restarted
   * under the dead one's prefix takes over its transactional ids, and its {@code initTransactions}
   * aborts the transaction the crash left open at once. With a transaction timeout of 5 minutes,
   * the read_committed output can only be complete within 150 s if that happened (with a fresh
   * prefix the open transaction holds the partitions it wrote to until it times out: seen failing
   * that way).
   */
  @Test
  void aRestartUnderTheDeadInstancesTransactionalIdPrefixAbortsItsOpenTransactionAtOnce(
      EnrichChildren children) throws Exception {
    EnrichProcess.Names names = EnrichProcess.Names.create("fence");
    RawFeed feed = resources.open(new RawFeed(names.raw(), "fence"));
    feed.send(TOTAL);
    Set<String> ids = feed.sent();
    TopicTally committed =
        resources.open(TopicTally.committed(names.enriched(), EnrichProcess.Names.PARTITIONS));
    String prefix = "fence-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    Duration timeout = Duration.ofMinutes(5);

    EnrichProcess first = children.start("fence-first", names, prefix, timeout);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> committed.distinct() >= KILL_AFTER || !first.isAlive());
    Set<String> leftOpen = first.killWithATransactionOpen(Duration.ofSeconds(30), names.enriched());
    assertThat(leftOpen)
        .as("transactions the kill left open with output records in them")
        .isNotEmpty();

    children.start("fence-second", names, prefix, timeout);
    long restarted = System.nanoTime();
    await()
        .atMost(Duration.ofSeconds(150))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(committed.missing(ids)).as("raw records not enriched (yet)").isEmpty());
    System.out.println(
        "EnrichCrashIT: under the same prefix, all "
            + TOTAL
            + " committed "
            + Duration.ofNanos(System.nanoTime() - restarted).toSeconds()
            + " s after the restart (transaction timeout: "
            + timeout.toSeconds()
            + " s)");
    committed.assertEveryIdExactlyOnce(ids);
    TopicTally.assertNothingDeadLettered(names.rawDlt());
  }
}
