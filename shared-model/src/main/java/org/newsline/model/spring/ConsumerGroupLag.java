package org.newsline.model.spring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads, for consumer groups, how far each partition's committed offset is behind the partition's
 * end, as the broker sees it ({@code kafka-consumer-groups.sh --describe} does the same).
 *
 * <p>Why not the consumer client's own {@code records-lag}: that is measured from the consumer's
 * fetch position, not from what it committed. A consumer that fetched records and then cannot
 * finish them (the store retrying a batch MongoDB does not take, in memory, with the consumer
 * paused) reports a lag of 0 while its committed offset stands still and articles queue behind it.
 * The committed offset is what a restart resumes from, so it is the lag that matters.
 *
 * <p>End offsets are read with {@code read_committed} (the last stable offset): {@code
 * articles.enriched} is written in transactions, and the records of an open transaction cannot be
 * read by its consumers yet. Partitions assigned to a member but never committed count from the
 * partition's start (the services reset to {@code earliest}).
 */
final class ConsumerGroupLag {

  /**
   * One partition of one group: the offset the group resumes from (its committed offset, or the
   * partition's start where it has committed none) and the lag in records after it.
   */
  record Row(String group, String topic, int partition, long position, long lag) {}

  private final Admin admin;
  private final long timeoutMillis;

  ConsumerGroupLag(Admin admin, long timeoutMillis) {
    this.admin = admin;
    this.timeoutMillis = timeoutMillis;
  }

  /** The lag of every partition the groups have committed or are assigned, sorted. */
  List<Row> read(Collection<String> groups)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, Map<TopicPartition, Long>> committedByGroup = new HashMap<>();
    Set<TopicPartition> partitions = new HashSet<>();
    Map<String, ConsumerGroupDescription> descriptions =
        admin.describeConsumerGroups(groups).all().get(timeoutMillis, TimeUnit.MILLISECONDS);
    for (String group : groups) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(timeoutMillis, TimeUnit.MILLISECONDS);
      Map<TopicPartition, Long> committed = new HashMap<>();
      offsets.forEach(
          (tp, offset) -> {
            if (offset != null) {
              committed.put(tp, offset.offset());
            }
          });
      ConsumerGroupDescription description = descriptions.get(group);
      if (description != null) {
        for (MemberDescription member : description.members()) {
          for (TopicPartition tp : member.assignment().topicPartitions()) {
            committed.putIfAbsent(tp, -1L);
          }
        }
      }
      committedByGroup.put(group, committed);
      partitions.addAll(committed.keySet());
    }
    if (partitions.isEmpty()) {
      return List.of();
    }
    Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
    Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
    List<Row> rows = new ArrayList<>();
    committedByGroup.forEach(
        (group, committed) ->
            committed.forEach(
                (tp, offset) -> {
                  long end = ends.getOrDefault(tp, 0L);
                  long from = offset >= 0 ? offset : starts.getOrDefault(tp, 0L);
                  rows.add(
                      new Row(group, tp.topic(), tp.partition(), from, Math.max(0, end - from)));
                }));
    rows.sort(
        Comparator.comparing(Row::group)
            .thenComparing(Row::topic)
            .thenComparingInt(Row::partition));
    return rows;
  }

  private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(tp -> request.put(tp, spec));
    Map<TopicPartition, ListOffsetsResultInfo> result =
        admin
            .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
            .all()
            .get(timeoutMillis, TimeUnit.MILLISECONDS);
    Map<TopicPartition, Long> offsets = new HashMap<>();
    result.forEach((tp, info) -> offsets.put(tp, info.offset()));
    return offsets;
  }
}
