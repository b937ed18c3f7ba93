package org.newsline.enrich.replay;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What one replay reads: per partition of {@code topic}, from {@code start} up to (not including)
 * {@code end}, the end offsets (read_committed) seen when it began. Kept in the state file while
 * the replay is unfinished, so that a resumed run stops at the same place.
 *
 * @param topic the raw topic
 * @param group the replay's consumer group
 * @param from the lower time bound it was started with, or null
 * @param to the upper time bound it was started with, or null
 * @param start first offset to read, per partition
 * @param end offset to stop at, per partition
 */
record ReplayPlan(
    String topic,
    String group,
    Instant from,
    Instant to,
    Map<Integer, Long> start,
    Map<Integer, Long> end) {

  ReplayPlan {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(group, "group");
    start = Map.copyOf(start);
    end = Map.copyOf(end);
    if (!start.keySet().equals(end.keySet())) {
      throw new IllegalArgumentException("start and end offsets of different partitions");
    }
  }

  /** Records to read in all. */
  long total() {
    return end.keySet().stream().mapToLong(this::size).sum();
  }

  /** Records read of those, given the group's committed offsets (a partition without: none). */
  long done(Map<Integer, Long> committed) {
    long done = 0;
    for (int partition : end.keySet()) {
      long at = committed.getOrDefault(partition, start.get(partition));
      done += Math.max(0, Math.min(at, end.get(partition)) - start.get(partition));
    }
    return done;
  }

  /** Whether every partition's committed offset has reached its end offset. */
  boolean finished(Map<Integer, Long> committed) {
    return done(committed) == total();
  }

  private long size(int partition) {
    return Math.max(0, end.get(partition) - start.get(partition));
  }

  void save(Path file) {
    Properties saved = new Properties();
    saved.setProperty("topic", topic);
    saved.setProperty("group", group);
    if (from != null) {
      saved.setProperty("from", from.toString());
    }
    if (to != null) {
      saved.setProperty("to", to.toString());
    }
    start.forEach((p, offset) -> saved.setProperty("start." + p, Long.toString(offset)));
    end.forEach((p, offset) -> saved.setProperty("end." + p, Long.toString(offset)));
    try {
      Path absolute = file.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      Path written =
          Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".tmp");
      try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
        saved.store(
            out, "enrich replay: delete this file to start a new replay instead of resuming");
      }
      Files.move(
          written, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the replay state " + file, e);
    }
  }

  static Optional<ReplayPlan> load(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties saved = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      saved.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the replay state " + file, e);
    }
    Map<Integer, Long> start = new TreeMap<>();
    Map<Integer, Long> end = new TreeMap<>();
    for (String name : saved.stringPropertyNames()) {
      if (name.startsWith("start.")) {
        start.put(Integer.valueOf(name.substring(6)), Long.valueOf(saved.getProperty(name)));
      } else if (name.startsWith("end.")) {
        end.put(Integer.valueOf(name.substring(4)), Long.valueOf(saved.getProperty(name)));
      }
    }
    return Optional.of(
        new ReplayPlan(
            saved.getProperty("topic"),
            saved.getProperty("group"),
            instant(saved.getProperty("from")),
            instant(saved.getProperty("to")),
            start,
            end));
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
