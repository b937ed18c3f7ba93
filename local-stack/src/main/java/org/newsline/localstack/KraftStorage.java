package org.newsline.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * What every in-process single-node KRaft broker of this project does before and after {@code
 * KafkaRaftServer.startup()}: format its storage as {@code kafka-storage format} would (a new
 * cluster id, the latest production metadata version, the controller listener named {@code
 * CONTROLLER}, optionally SCRAM credentials written into the metadata log), and wait until the
 * broker answers a metadata request. {@link LocalKafkaBroker} and the secure broker of the
 * reliability tests both use it, so the two cannot drift apart.
 */
public final class KraftStorage {

  private KraftStorage() {}

  /** True when {@code dataDir} already holds formatted KRaft storage. */
  public static boolean isFormatted(Path dataDir) {
    return Files.exists(dataDir.resolve("meta.properties"));
  }

  /**
   * Formats {@code dataDir} (created if missing) as the log and metadata directory of node {@code
   * nodeId}.
   *
   * @param scramArguments {@code kafka-storage format --add-scram} arguments, one per credential
   *     (empty for none)
   */
  public static void format(Path dataDir, int nodeId, List<String> scramArguments) {
    try {
      Files.createDirectories(dataDir);
      Formatter formatter =
          new Formatter()
              .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
              .setNodeId(nodeId)
              .setClusterId(Uuid.randomUuid().toString())
              .setDirectories(List.of(dataDir.toString()))
              .setMetadataLogDirectory(dataDir.toString())
              .setControllerListenerName("CONTROLLER")
              .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
      if (!scramArguments.isEmpty()) {
        formatter.setScramArguments(scramArguments);
      }
      formatter.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot format Kafka storage in " + dataDir, e);
    }
  }

  /**
   * Waits until the broker reached with {@code adminConfig} (its bootstrap servers and whatever
   * security it needs) lists at least one node, asking with short timeouts so a broker still
   * starting is asked again.
   *
   * @throws IllegalStateException naming {@code broker} and the last error when {@code timeout}
   *     passes first
   */
  public static void awaitReady(Map<String, Object> adminConfig, Duration timeout, String broker) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Object> config = new java.util.HashMap<>(adminConfig);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
    Exception last = null;
    try (Admin admin = Admin.create(config)) {
      while (System.nanoTime() < deadline) {
        try {
          if (!admin.describeCluster().nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception e) {
          last = e;
        }
      }
    }
    throw new IllegalStateException(broker + " not ready within " + timeout, last);
  }
}
