package org.newsline.enrich.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a replay ({@code newsline.enrich.replay.*}), set by {@link ReplayCommand}: an enrich
 * instance in a consumer group of its own ({@code spring.kafka.consumer.group-id}) that re-enriches
 * {@code articles.raw} up to the end offsets it saw when it began, then stops.
 *
 * @param enabled whether this instance is a replay (off: live enrichment)
 * @param stateFile where the replay's plan (start and end offsets, bounds) is kept while it is
 *     unfinished; a replay started again with it resumes
 * @param from records with an earlier timestamp (when ingest received them) are not read: the
 *     replay starts at the first offset at or after it; none: from the start of the topic
 * @param to records with a later timestamp are passed over (their offsets committed); none: no
 *     bound
 * @param progressInterval how often the replay group's committed offsets are read for the progress
 *     line and to see whether it is done
 */
@ConfigurationProperties("newsline.enrich.replay")
public record ReplayProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("enrich-replay.state") Path stateFile,
    Instant from,
    Instant to,
    @DefaultValue("2s") Duration progressInterval) {

  public ReplayProperties {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("newsline.enrich.replay.to is before from");
    }
    if (progressInterval.isNegative() || progressInterval.isZero()) {
      throw new IllegalArgumentException(
          "newsline.enrich.replay.progress-interval must be positive");
    }
  }
}
