package org.newsline.reliability;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.newsline.localstack.MongoExclusions;
import org.newsline.testsupport.KafkaTestClients;
import org.newsline.testsupport.UniqueNames;

/**
 * The enrich service in a child JVM of its own (main class {@code EnrichApplication}, the test's
 * classpath, properties as command-line arguments as the local stack passes them), so that a test
 * can crash it for real: {@link #kill()} is SIGKILL, no shutdown hook, no graceful stop, an open
 * Kafka transaction left behind. Its output goes to {@code target/enrich-children/<name>.log}.
 * Every child still alive is killed by {@link #close()} and, as a last resort, when the test JVM
 * exits.
 *
 * <p>The environment variable {@code NEWSLINE_ENRICH_CHILD_CLASSES} (a classpath) is put in front
 * of the child's classpath: that runs the fault tests against a deliberately broken enrich build,
 * to see them fail (see the module README).
 */
final class EnrichProcess implements AutoCloseable {

  /** Topics and consumer group of one test's enrich instances, unique in the run. */
  record Names(String raw, String enriched, String rawDlt, String enrichedDlt, String group) {

    static final int PARTITIONS = 6;

    /** Unique names; the topics are created with {@link #PARTITIONS} partitions. */
    static Names create(String base) {
      Names names =
          new Names(
              UniqueNames.of(base + ".raw"),
              UniqueNames.of(base + ".enriched"),
              UniqueNames.of(base + ".raw-dlt"),
              UniqueNames.of(base + ".enriched-dlt"),
              UniqueNames.of(base + "-enrich"));
      KafkaTestClients.createTopics(
          SharedStack.infrastructure(),
          PARTITIONS,
          names.raw(),
          names.enriched(),
          names.rawDlt(),
          names.enrichedDlt());
      awaitLeaders(names.raw(), names.enriched());
      return names;
    }
  }

  /** An admin client of the shared stack's broker. */
  private static Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            SharedStack.get().kafka().bootstrapServers()));
  }

  /** Until the broker names a leader for every partition of {@code topics}. */
  private static void awaitLeaders(String... topics) {
    try (Admin admin = admin()) {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .ignoreExceptions()
          .until(
              () ->
                  admin.describeTopics(List.of(topics)).allTopicNames().get().values().stream()
                      .flatMap(t -> t.partitions().stream())
                      .allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
    }
  }

  private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly)));
  }

  private final String name;
  private final String transactionIdPrefix;
  private final Path log;
  private final Process process;

  private EnrichProcess(String name, String transactionIdPrefix, Path log, Process process) {
    this.name = name;
    this.transactionIdPrefix = transactionIdPrefix;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts an enrich instance on the shared stack's broker, consuming {@code names.raw()} in group
   * {@code names.group()}, with enrich's own defaults otherwise (two consumer threads). Its
   * transactional-id prefix is unique per instance, as enrich's default (a random UUID), but starts
   * with {@code name}, so that the test can see its open transactions. Two timeouts are shortened
   * so that what a crash leaves behind clears in seconds instead of minutes (same path, less
   * waiting): the consumer session (10 s instead of 45 s: the group notices the dead member) and
   * the transaction timeout (10 s instead of enrich's 120 s: the broker aborts the dead instance's
   * open transaction).
   */
  static EnrichProcess start(String name, Names names) {
    return start(
        name,
        names,
        name + "-" + UUID.randomUUID().toString().substring(0, 8) + "-",
        Duration.ofSeconds(10));
  }

  /**
   * As {@link #start(String, Names)}, with the transactional-id prefix and the transaction timeout
   * given: an instance started with the prefix of one that died takes over its transactional ids.
   */
  static EnrichProcess start(
      String name, Names names, String transactionIdPrefix, Duration transactionTimeout) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1500m");
    command.add("-cp");
    command.add(classpath());
    command.add("org.newsline.enrich.EnrichApplication");
    add(command, "spring.kafka.bootstrap-servers", SharedStack.get().kafka().bootstrapServers());
    add(command, "spring.kafka.consumer.group-id", names.group());
    add(command, "newsline.kafka.topics.raw", names.raw());
    add(command, "newsline.kafka.topics.enriched", names.enriched());
    add(command, "newsline.kafka.topics.raw-dlt", names.rawDlt());
    add(command, "newsline.kafka.topics.enriched-dlt", names.enrichedDlt());
    add(command, "newsline.kafka.partitions", Integer.toString(Names.PARTITIONS));
    add(command, "spring.kafka.consumer.properties.session.timeout.ms", "10000");
    add(
        command,
        "spring.kafka.producer.properties.transaction.timeout.ms",
        Long.toString(transactionTimeout.toMillis()));
    add(command, "server.port", "0");
    add(command, "spring.main.banner-mode", "off");
    MongoExclusions.value().ifPresent(v -> add(command, MongoExclusions.PROPERTY, v));
    try {
      Path dir = Files.createDirectories(Path.of("target", "enrich-children"));
      Path log = dir.resolve(name + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      // Through enrich's own variable (enrich-service.yml), as an operator would set it.
      builder.environment().put("ENRICH_TRANSACTION_ID_PREFIX", transactionIdPrefix);
      Process process = builder.start();
      ALIVE.add(process);
      return new EnrichProcess(name, transactionIdPrefix, log, process);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String classpath() {
    String classpath = System.getProperty("java.class.path");
    String prepend = System.getenv("NEWSLINE_ENRICH_CHILD_CLASSES");
    return prepend == null || prepend.isBlank()
        ? classpath
        : prepend + File.pathSeparator + classpath;
  }

  private static void add(List<String> command, String property, String value) {
    command.add("--" + property + "=" + value);
  }

  /**
   * True once this instance has been assigned at least one partition of {@code topic} (Spring Kafka
   * logs each assignment).
   */
  boolean assigned(String topic) {
    return Pattern.compile("partitions assigned: \\[[^\\]]*" + Pattern.quote(topic) + "-\\d")
        .matcher(output())
        .find();
  }

  /**
   * Crash with a transaction open that holds records of {@code topic}: freezes the process
   * (SIGSTOP) until the broker lists one of its transactions as ongoing with a partition of {@code
   * topic} in it, thawing it (SIGCONT) between tries, then kills it (SIGKILL). The transaction then
   * stays open on the broker until it times out or the transactional id is taken over: the hardest
   * case for whoever takes the partitions over, as read_committed readers of those partitions wait
   * for it. An instance the broker knows no transaction of (a non-transactional build, to see a
   * test fail) is killed at once.
   *
   * <p>A frozen process may still have requests on their way to the broker (the commit of the very
   * transaction seen ongoing, or its offsets only so far): a candidate is looked at again {@link
   * #SETTLE} later, still frozen, and taken only if it still holds partitions of {@code topic}.
   *
   * @return the transactional ids left open with records of {@code topic} (empty only for an
   *     instance without transactions, or when none was caught within {@code within})
   */
  Set<String> killWithATransactionOpen(Duration within, String topic) {
    Set<String> open = new TreeSet<>();
    int[] tries = {0};
    try (Admin admin = admin()) {
      await()
          .atMost(within)
          .pollInterval(Duration.ofMillis(10))
          .until(
              () -> {
                tries[0]++;
                signal("STOP");
                List<String> mine =
                    admin.listTransactions().all().get().stream()
                        .map(TransactionListing::transactionalId)
                        .filter(id -> id.startsWith(transactionIdPrefix))
                        .toList();
                if (mine.isEmpty()) {
                  return true;
                }
                Set<String> holding = holding(admin, mine, topic);
                if (!holding.isEmpty()) {
                  await().pollDelay(SETTLE).atMost(SETTLE.multipliedBy(2)).until(() -> true);
                  holding.retainAll(holding(admin, holding, topic));
                }
                if (holding.isEmpty()) {
                  signal("CONT");
                  return !process.isAlive();
                }
                open.addAll(holding);
                return true;
              });
    } finally {
      kill();
    }
    System.out.println(
        "EnrichProcess: " + name + " killed after " + tries[0] + " tries, left open: " + open);
    return open;
  }

  /** Time for requests a frozen process had sent before it stopped to reach the broker. */
  private static final Duration SETTLE = Duration.ofMillis(300);

  /**
   * Of the given transactional ids, those the broker describes as ongoing with a partition of
   * {@code topic} in the transaction.
   */
  private static Set<String> holding(Admin admin, Collection<String> transactionalIds, String topic)
      throws Exception {
    Set<String> holding = new TreeSet<>();
    admin
        .describeTransactions(transactionalIds)
        .all()
        .get()
        .forEach(
            (id, t) -> {
              if (t.state() == TransactionState.ONGOING
                  && t.topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic))) {
                holding.add(id);
              }
            });
    return holding;
  }

  private void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
    }
  }

  /** Crash: SIGKILL, then waits until the process is gone. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30));
  }

  /** Graceful stop: SIGTERM (Spring closes the context: the listener finishes its record). */
  void stop() {
    process.destroy();
    awaitExit(Duration.ofSeconds(60));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the child has written so far. */
  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  /** The last {@code lines} lines of the output, for a failure message. */
  String tail(int lines) {
    List<String> all = output().lines().toList();
    return "---- "
        + name
        + " ("
        + log
        + ") ----\n"
        + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private void awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } finally {
      ALIVE.remove(process);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
    ALIVE.remove(process);
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }
}
