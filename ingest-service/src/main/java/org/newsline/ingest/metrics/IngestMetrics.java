package org.newsline.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's meters. {@code ingest.articles} (counter; tags {@code outcome} = accepted |
 * duplicate | rejected, {@code source}, {@code reason} = {@code none} or a {@link RejectReason}),
 * {@code ingest.removals} (counter of {@code DELETE /api/v1/articles/{id}}; tags {@code outcome} =
 * accepted | rejected, {@code reason} = {@code none} or a {@link RejectReason}), {@code
 * ingest.publish} (timer from send to broker acknowledgement, articles and removals; tag {@code
 * result} = ok | failed), {@code ingest.article.bytes} (distribution of request bytes per article).
 * The {@code source} tag is bounded: the first {@code maxSourceTags} distinct sources keep their
 * name (lower-case, whitespace collapsed, at most {@value #MAX_SOURCE_TAG_LENGTH} characters: a
 * longer name is cut after its last whole word that fits, never mid-word unless its first word
 * alone is longer), later ones count as {@code other}; none is {@code unknown}.
 */
public final class IngestMetrics {

  static final int MAX_SOURCE_TAG_LENGTH = 40;

  private final MeterRegistry registry;
  private final int maxSources;
  private final Set<String> sources = ConcurrentHashMap.newKeySet();
  private final DistributionSummary bytes;

  public IngestMetrics(MeterRegistry registry, int maxSources) {
    this.registry = registry;
    this.maxSources = maxSources;
    this.bytes =
        DistributionSummary.builder("ingest.article.bytes")
            .description("Size of each article as sent, in bytes")
            .baseUnit("bytes")
            .publishPercentileHistogram()
            .register(registry);
    // Registered before the first publish, so that Prometheus sees it go from 0 (a rate over a
    // series that first appears at 1 is 0) and a "failed" series exists to alert on.
    publishTimer(true);
    publishTimer(false);
    removalCounter("accepted", "none");
  }

  /** A removal (tombstone) Kafka acknowledged. */
  public void removed() {
    removalCounter("accepted", "none").increment();
  }

  /** A removal refused: an invalid id, or Kafka did not take the tombstone. */
  public void removalRejected(RejectReason reason) {
    removalCounter("rejected", reason.tag()).increment();
  }

  private Counter removalCounter(String outcome, String reason) {
    return Counter.builder("ingest.removals")
        .description("Removal requests (tombstones to articles.raw) by outcome")
        .tag("outcome", outcome)
        .tag("reason", reason)
        .register(registry);
  }

  public void accepted(String source) {
    count("accepted", source, "none");
  }

  public void duplicate(String source) {
    count("duplicate", source, "none");
  }

  public void rejected(String source, RejectReason reason) {
    count("rejected", source, reason.tag());
  }

  public void articleBytes(long size) {
    bytes.record(size);
  }

  public void published(Duration took, boolean ok) {
    publishTimer(ok).record(took);
  }

  private Timer publishTimer(boolean ok) {
    return Timer.builder("ingest.publish")
        .description("Time from send to the broker's acknowledgement")
        .tag("result", ok ? "ok" : "failed")
        .register(registry);
  }

  private void count(String outcome, String source, String reason) {
    Counter.builder("ingest.articles")
        .description("Articles by outcome")
        .tag("outcome", outcome)
        .tag("source", sourceTag(source))
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  String sourceTag(String source) {
    if (source == null || source.isBlank()) {
      return "unknown";
    }
    String tag = cutAtWord(source.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    if (sources.contains(tag)) {
      return tag;
    }
    synchronized (sources) {
      if (sources.size() < maxSources) {
        sources.add(tag);
        return tag;
      }
    }
    return sources.contains(tag) ? tag : "other";
  }

  /**
   * The name, or its longest prefix of whole words within {@link #MAX_SOURCE_TAG_LENGTH}
   * characters, without trailing separators ("the daily telegraph and sunday telegraph of london"
   * becomes "the daily telegraph and sunday telegraph"); a first word longer than the limit is cut
   * at the limit.
   */
  static String cutAtWord(String name) {
    if (name.length() <= MAX_SOURCE_TAG_LENGTH) {
      return name;
    }
    int end = MAX_SOURCE_TAG_LENGTH;
    if (Character.isLetterOrDigit(name.charAt(end))) {
      while (end > 0 && Character.isLetterOrDigit(name.charAt(end - 1))) {
        end--;
      }
    }
    while (end > 0 && !Character.isLetterOrDigit(name.charAt(end - 1))) {
      end--;
    }
    return end == 0 ? name.substring(0, MAX_SOURCE_TAG_LENGTH) : name.substring(0, end);
  }
}
