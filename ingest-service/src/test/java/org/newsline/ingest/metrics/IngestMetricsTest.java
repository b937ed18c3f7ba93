package org.newsline.ingest.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final IngestMetrics metrics = new IngestMetrics(registry, 2);

  @Test
  void countsOutcomesWithSourceAndReason() {
    metrics.accepted("Coast Gazette");
    metrics.duplicate("Coast Gazette");
    metrics.rejected(null, RejectReason.INVALID_BODY);

    assertThat(count("accepted", "coast gazette", "none")).isEqualTo(1);
    assertThat(count("duplicate", "coast gazette", "none")).isEqualTo(1);
    assertThat(count("rejected", "unknown", "invalid-body")).isEqualTo(1);
  }

  @Test
  void boundsTheNumberOfSourceTags() {
    metrics.accepted("a");
    metrics.accepted("b");
    metrics.accepted("c");
    metrics.accepted("a");

    assertThat(count("accepted", "a", "none")).isEqualTo(2);
    assertThat(count("accepted", "other", "none")).isEqualTo(1);
    assertThat(registry.find("ingest.articles").tag("source", "c").counter()).isNull();
  }

  @Test
  void cutsALongSourceNameAfterItsLastWholeWordThatFits() {
    metrics.accepted("The  Daily Telegraph and Sunday Telegraph of London");

    assertThat(
            registry
                .find("ingest.articles")
                .tag("source", "the daily telegraph and sunday telegraph")
                .counter())
        .isNotNull();
    assertThat(IngestMetrics.cutAtWord("south china morning post - hong kong edition"))
        .isEqualTo("south china morning post - hong kong");
    assertThat(IngestMetrics.cutAtWord("the guardian, international edition, online"))
        .isEqualTo("the guardian, international edition");
    assertThat(IngestMetrics.cutAtWord("exactly forty characters long source nam"))
        .isEqualTo("exactly forty characters long source nam");
  }

  @Test
  void cutsASingleWordLongerThanTheLimitAtTheLimit() {
    String word = "x".repeat(50);

    assertThat(IngestMetrics.cutAtWord(word)).isEqualTo("x".repeat(40));
  }

  @Test
  void exportsBothPublishResultsAtZeroBeforeTheFirstPublish() {
    assertThat(registry.get("ingest.publish").tag("result", "ok").timer().count()).isZero();
    assertThat(registry.get("ingest.publish").tag("result", "failed").timer().count()).isZero();
  }

  @Test
  void recordsPublishTimesAndArticleSizes() {
    metrics.published(Duration.ofMillis(12), true);
    metrics.articleBytes(2048);

    assertThat(registry.get("ingest.publish").tag("result", "ok").timer().count()).isEqualTo(1);
    assertThat(registry.get("ingest.article.bytes").summary().totalAmount()).isEqualTo(2048);
  }

  private double count(String outcome, String source, String reason) {
    return registry
        .get("ingest.articles")
        .tag("outcome", outcome)
        .tag("source", source)
        .tag("reason", reason)
        .counter()
        .count();
  }
}
