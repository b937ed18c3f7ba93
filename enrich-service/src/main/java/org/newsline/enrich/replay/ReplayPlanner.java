package org.newsline.enrich.replay;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes or resumes the plan of a replay before its listener starts. A new replay records the raw
 * topic's end offsets (read_committed: the last stable offsets) and its start offsets (the first
 * offset, or the first at or after {@code from}), commits the start offsets to the replay's group
 * (which must have no members), then writes the state file. A replay whose state file exists
 * continues from the group's committed offsets to the recorded end offsets.
 */
final class ReplayPlanner {

  private static final Logger log = LoggerFactory.getLogger(ReplayPlanner.class);

  private final Admin admin;
  private final Consumer<?, ?> reader;

  /**
   * @param admin for the replay group's offsets
   * @param reader a read_committed consumer (no group needed) for the topic's offsets
   */
  ReplayPlanner(Admin admin, Consumer<?, ?> reader) {
    this.admin = admin;
    this.reader = reader;
  }

  ReplayPlan prepare(String topic, String group, ReplayProperties properties) {
    Path stateFile = properties.stateFile();
    Optional<ReplayPlan> saved = ReplayPlan.load(stateFile);
    if (saved.isPresent()) {
      return resume(saved.get(), topic, group, properties);
    }
    List<TopicPartition> partitions =
        reader.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException("topic " + topic + " does not exist");
    }
    reader.assign(partitions);
    Map<Integer, Long> end = byPartition(reader.endOffsets(partitions));
    Map<Integer, Long> start = startOffsets(partitions, properties.from(), end);
    commit(group, topic, start);
    ReplayPlan plan = new ReplayPlan(topic, group, properties.from(), properties.to(), start, end);
    plan.save(stateFile);
    log.info(
        "replay of {} in group {} begins: {} records, from {} to end offsets {} (state {})",
        topic,
        group,
        plan.total(),
        start,
        end,
        stateFile.toAbsolutePath());
    return plan;
  }

  private ReplayPlan resume(
      ReplayPlan plan, String topic, String group, ReplayProperties properties) {
    if (!plan.topic().equals(topic) || !plan.group().equals(group)) {
      throw new IllegalStateException(
          "state file %s is of a replay of %s in group %s, not of %s in group %s"
              .formatted(properties.stateFile(), plan.topic(), plan.group(), topic, group));
    }
    if ((properties.from() != null && !properties.from().equals(plan.from()))
        || (properties.to() != null && !properties.to().equals(plan.to()))) {
      throw new IllegalStateException(
          "state file %s is of an unfinished replay from %s to %s; run it without --from and --to"
                  .formatted(properties.stateFile(), orAll(plan.from()), orAll(plan.to()))
              + " to resume it, or delete the file to start another");
    }
    // Offsets expire from a group left empty long enough (offsets.retention.minutes): put the
    // recorded start back where the group has none, rather than let auto.offset.reset decide.
    Map<Integer, Long> committed = committed(group, topic);
    Map<Integer, Long> missing = new HashMap<>(plan.start());
    missing.keySet().removeAll(committed.keySet());
    if (!missing.isEmpty()) {
      commit(group, topic, missing);
    }
    log.info(
        "replay of {} in group {} resumes: {} of {} records done, end offsets {}",
        topic,
        group,
        plan.done(committed),
        plan.total(),
        plan.end());
    return plan;
  }

  private Map<Integer, Long> startOffsets(
      List<TopicPartition> partitions, Instant from, Map<Integer, Long> end) {
    if (from == null) {
      return byPartition(reader.beginningOffsets(partitions));
    }
    Map<TopicPartition, Long> at =
        partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> from.toEpochMilli()));
    Map<Integer, Long> start = new HashMap<>();
    reader
        .offsetsForTimes(at)
        .forEach(
            (tp, found) -> start.put(tp.partition(), startOrEnd(found, end.get(tp.partition()))));
    return start;
  }

  /** No record at or after the time: nothing to read in that partition. */
  private static long startOrEnd(OffsetAndTimestamp found, long end) {
    return found == null ? end : Math.min(found.offset(), end);
  }

  private Map<Integer, Long> committed(String group, String topic) {
    try {
      Map<Integer, Long> committed = new HashMap<>();
      admin
          .listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata()
          .get()
          .forEach(
              (tp, offset) -> {
                if (tp.topic().equals(topic) && offset != null) {
                  committed.put(tp.partition(), offset.offset());
                }
              });
      return committed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading the offsets of " + group, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the offsets of group " + group, e.getCause());
    }
  }

  private void commit(String group, String topic, Map<Integer, Long> offsets) {
    Map<TopicPartition, OffsetAndMetadata> at = new HashMap<>();
    offsets.forEach(
        (p, offset) -> at.put(new TopicPartition(topic, p), new OffsetAndMetadata(offset)));
    try {
      admin.alterConsumerGroupOffsets(group, at).all().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted setting the offsets of " + group, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "cannot set the start offsets of group %s (is another replay running in it?)"
              .formatted(group),
          e.getCause());
    }
  }

  private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets) {
    Map<Integer, Long> out = new HashMap<>();
    offsets.forEach((tp, offset) -> out.put(tp.partition(), Objects.requireNonNull(offset)));
    return out;
  }

  private static String orAll(Instant bound) {
    return bound == null ? "(none)" : bound.toString();
  }
}
