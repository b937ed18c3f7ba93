package org.newsline.enrich.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command's options and exit codes, without Kafka (the replay itself: ReplayIT). */
class ReplayCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<List<String>> started = new ArrayList<>();

  private int run(String... args) {
    return ReplayCommand.execute(
        args,
        springArgs -> {
          started.add(List.of(springArgs));
          throw new IllegalStateException("no Kafka here");
        },
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheOptionsAndTheExitCodes() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "Usage: replay",
            "--bootstrap-servers",
            "--from=TIME",
            "--to=TIME",
            "--group=GROUP",
            "--state=FILE",
            "Exit codes:",
            "130");
    assertThat(started).isEmpty();
  }

  @Test
  void startsTheServiceAsAReplayInItsGroupWithItsOwnTransactionalIdsAndTheGivenSettings() {
    int code =
        run(
            "--bootstrap-servers=kafka:9092",
            "--from=2026-12-01T00:00:00Z",
            "--group=replay-7",
            "--newsline.enrich.pipeline-version=3");

    assertThat(code).as("the service could not start").isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no Kafka here");
    assertThat(started)
        .singleElement()
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains(
            "--spring.kafka.bootstrap-servers=kafka:9092",
            "--spring.kafka.consumer.group-id=replay-7",
            "--spring.kafka.producer.transaction-id-prefix=replay-7-",
            "--newsline.enrich.replay.enabled=true",
            "--newsline.enrich.replay.state-file=replay-7.replay-state",
            "--newsline.enrich.replay.from=2026-12-01T00:00:00Z",
            "--newsline.enrich.pipeline-version=3")
        .doesNotContain("--newsline.enrich.replay.to");
  }

  @Test
  void refusesTheLiveGroupAndBoundsInTheWrongOrderWithoutStarting() {
    assertThat(run("--group=enrich")).isEqualTo(2);
    assertThat(run("--from=2026-12-02T00:00:00Z", "--to=2026-12-01T00:00:00Z")).isEqualTo(2);
    assertThat(run("--from=yesterday")).isEqualTo(2);

    assertThat(started).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("live enrichment's group", "--to is before --from", "yesterday");
  }
}
