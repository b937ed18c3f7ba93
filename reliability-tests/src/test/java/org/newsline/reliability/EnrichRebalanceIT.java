package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two enrich instances (child JVMs) in one consumer group on a six-partition topic while raw
 * articles keep arriving: the second joins mid-stream (the first gives up half its partitions),
 * then the first is killed mid-batch (the second takes them all over, after the dead instance's
 * open transaction is aborted). Downstream (read_committed) sees every raw record enriched exactly
 * once, none missing.
 */
@ExtendWith(EnrichChildren.class)
class EnrichRebalanceIT {

  /** Articles sent every quarter second while the test runs (four a second). */
  private static final int TRICKLE = 1;

  /** Articles sent at once just before the kill, so that the killed instance is busy. */
  private static final int BURST = 100;

  @AutoClose private final Closer resources = new Closer();

  @BeforeAll
  static void stack() {
    SharedStack.get();
  }

  @Test
  void twoInstancesWithARebalanceMidStreamEnrichEveryRecordExactlyOnce(EnrichChildren children)
      throws Exception {
    EnrichProcess.Names names = EnrichProcess.Names.create("rebalance");
    RawFeed feed = resources.open(new RawFeed(names.raw(), "rebalance"));
    TopicTally committed =
        resources.open(TopicTally.committed(names.enriched(), EnrichProcess.Names.PARTITIONS));
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    resources.open(trickle::shutdownNow);

    EnrichProcess first = children.start("rebalance-first", names);
    trickle.scheduleAtFixedRate(() -> feed.send(TRICKLE), 0, 250, TimeUnit.MILLISECONDS);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> committed.distinct() >= 20 || !first.isAlive());
    assertThat(first.isAlive()).as("first instance running").isTrue();

    // Rebalance 1: a second instance joins while articles arrive and are enriched.
    EnrichProcess second = children.start("rebalance-second", names);
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> second.assigned(names.raw()) || !second.isAlive());
    assertThat(second.assigned(names.raw())).as("second instance got partitions").isTrue();
    assertThat(first.output()).as("first instance gave partitions up").contains("revoked");
    int atJoin = committed.distinct();
    System.out.println(
        "EnrichRebalanceIT: second instance joined after "
            + atJoin
            + " of "
            + feed.sent().size()
            + " sent were enriched");

    // Rebalance 2: the first instance is killed while both are busy with a burst.
    int beforeBurst = committed.distinct();
    feed.send(BURST);
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> committed.distinct() >= beforeBurst + BURST / 5);
    Set<String> leftOpen = first.killWithATransactionOpen(Duration.ofSeconds(30), names.enriched());
    int atKill = committed.distinct();
    int sentAtKill = feed.sent().size();
    feed.send(BURST / 2);
    // Not shutdownNow: an interrupted send may still reach the broker without being counted.
    trickle.shutdown();
    assertThat(trickle.awaitTermination(30, TimeUnit.SECONDS)).as("trickle stopped").isTrue();
    Set<String> ids = feed.sent();
    System.out.println(
        "EnrichRebalanceIT: killed "
            + first
            + " after "
            + atKill
            + " of "
            + sentAtKill
            + " sent were enriched, leaving transactions open: "
            + leftOpen);
    assertThat(atKill).as("the kill landed mid-stream").isLessThan(sentAtKill);

    long killed = System.nanoTime();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(committed.missing(ids)).as("raw records not enriched (yet)").isEmpty());
    System.out.println(
        "EnrichRebalanceIT: the second instance finished "
            + Duration.ofNanos(System.nanoTime() - killed).toSeconds()
            + " s after the kill");
    committed.assertEveryIdExactlyOnce(ids);
    // The scenario's precondition, checked last so that a broken (non-transactional) build fails
    // on what matters above.
    assertThat(leftOpen).as("transactions the kill left open").isNotEmpty();
    TopicTally.assertNothingDeadLettered(names.rawDlt());
  }
}
