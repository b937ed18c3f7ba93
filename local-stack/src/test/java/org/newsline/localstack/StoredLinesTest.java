package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsline.feed.StoreProgress;

class StoredLinesTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final StoredLines lines =
      new StoredLines(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheFirstLookThenOneLineEveryFewSecondsAndTheLast() {
    lines.accept(new StoreProgress(0, 100, Duration.ZERO, 0));
    lines.accept(new StoreProgress(10, 100, Duration.ofSeconds(1), 0));
    lines.accept(new StoreProgress(40, 100, Duration.ofSeconds(3), 0));
    lines.accept(new StoreProgress(60, 100, Duration.ofSeconds(4), 0));
    lines.accept(new StoreProgress(100, 100, Duration.ofSeconds(5), 0));

    assertThat(printed().lines())
        .containsExactly(
            "  stored 0 of 100 (0%) [------------------------------] 0.0 articles/s, ETA unknown",
            "  stored 40 of 100 (40%) [############------------------] 13.3 articles/s, ETA 5 s",
            "  stored 100 of 100 (100%) [##############################] 20.0 articles/s, all"
                + " stored");
  }

  @Test
  void saysWhereTheRestAreWhileSomeAreOnTheirWay() {
    StoredLines withQueues =
        new StoredLines(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            () -> new PipelineQueues(1300, 95));

    withQueues.accept(new StoreProgress(0, 2000, Duration.ZERO, 0));
    withQueues.accept(new StoreProgress(2000, 2000, Duration.ofSeconds(1), 0));

    assertThat(printed().lines())
        .first()
        .asString()
        .endsWith("ETA unknown; on their way: 1,300 to enrich, 95 to store");
    assertThat(printed().lines()).last().asString().endsWith("all stored");
  }

  @Test
  void saysNothingWhenEverythingIsStoredAtTheFirstLook() {
    lines.accept(new StoreProgress(5, 5, Duration.ZERO, 5));

    assertThat(printed()).isEmpty();
  }
}
