package org.newsline.reliability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsline.localstack.LocalStackSettings;

/**
 * The whole local stack ({@code ./run-local}'s main class: broker, MongoDB stand-in and the three
 * services in one JVM) as a child process on the test's classpath, so that a test can crash it for
 * real: {@link #kill()} is SIGKILL, as when a laptop's battery dies under it or a container is
 * OOM-killed: no shutdown hook, no graceful stop, nothing flushed on the way out. Each start writes
 * its output to {@code target/stack-children/<name>.log}. A child still alive is killed by {@link
 * #close()} and, as a last resort, when the test JVM exits.
 */
final class StackProcess implements AutoCloseable {

  static final String INGEST_KEY = "crash-ingest-key-4e1d9a7c2b";
  static final String STORE_KEY = "crash-store-key-8c3f0b6e1a";
  static final String MANAGEMENT_KEY = "crash-management-key-2a7d5c9e0f";

  private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly)));
  }

  private final String name;
  private final Path log;
  private final Process process;

  private StackProcess(String name, Path log, Process process) {
    this.name = name;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts {@code LocalStackCommand --no-samples} on {@code settings}' data directory and ports,
   * and waits until ingest (started last) answers its health check.
   *
   * @param extraArguments further command-line arguments of {@code ./run-local}
   */
  static StackProcess start(
      String name, LocalStackSettings settings, Duration ready, List<String> extraArguments) {
    List<String> command = java("org.newsline.localstack.LocalStackCommand");
    command.add("--no-samples");
    command.add("--data-dir=" + settings.dataDir());
    command.add("--kafka-port=" + settings.kafkaPort());
    command.add("--kafka-controller-port=" + settings.kafkaControllerPort());
    command.add("--mongo-port=" + settings.mongoPort());
    command.add("--ingest-port=" + settings.ingestPort());
    command.add("--enrich-port=" + settings.enrichPort());
    command.add("--store-port=" + settings.storePort());
    command.addAll(extraArguments);
    return launch(name, command, settings.ingestUrl(), ready);
  }

  /**
   * Starts only the three services ({@link ServicesMain}) on {@code settings}' service ports, on a
   * Kafka cluster and a MongoDB server that run elsewhere and outlive the child.
   */
  static StackProcess startServices(
      String name, LocalStackSettings settings, String kafka, String mongo, Duration ready) {
    List<String> command = java(ServicesMain.class.getName());
    command.add(settings.dataDir().toString());
    command.add(Integer.toString(settings.ingestPort()));
    command.add(Integer.toString(settings.enrichPort()));
    command.add(Integer.toString(settings.storePort()));
    command.add(kafka);
    command.add(mongo);
    return launch(name, command, settings.ingestUrl(), ready);
  }

  /**
   * Starts any main class of the test classpath as such a child and waits until {@code healthUrl}
   * answers its health check; for testing this class's own handling of a child that fails.
   */
  static StackProcess startMain(
      String name, Class<?> main, List<String> arguments, String healthUrl, Duration ready) {
    List<String> command = java(main.getName());
    command.addAll(arguments);
    return launch(name, command, healthUrl, ready);
  }

  private static List<String> java(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2500m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    return command;
  }

  private static StackProcess launch(
      String name, List<String> command, String healthUrl, Duration ready) {
    StackProcess child;
    try {
      Path dir = Files.createDirectories(Path.of("target", "stack-children"));
      Path log = dir.resolve(name + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().put("INGEST_API_KEYS", INGEST_KEY);
      builder.environment().put("STORE_API_KEYS", STORE_KEY);
      builder.environment().put("MANAGEMENT_API_KEYS", MANAGEMENT_KEY);
      Process process = builder.start();
      ALIVE.add(process);
      child = new StackProcess(name, log, process);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      await()
          .atMost(ready)
          .pollInterval(Duration.ofMillis(250))
          .until(() -> !child.process.isAlive() || healthy(healthUrl));
    } catch (RuntimeException e) {
      child.kill();
      IllegalStateException failure =
          new IllegalStateException("the stack did not start\n" + child.tail(60), e);
      child.portInUse().ifPresent(failure::addSuppressed);
      throw failure;
    }
    if (!child.process.isAlive()) {
      throw new IllegalStateException(
          "the stack exited at start-up\n" + child.tail(60), child.portInUse().orElse(null));
    }
    return child;
  }

  /**
   * A {@link BindException} naming the first line of the child's output that says a port was in use
   * ({@code ./run-local}'s own check: "Port N (...) is already in use"; a server's bind: "Address
   * already in use"), so that a test can tell a port collision from any other failed start ({@link
   * org.newsline.testsupport.FreePorts#isPortCollision}).
   */
  private Optional<BindException> portInUse() {
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines
          .filter(l -> l.contains("is already in use") || l.contains("Address already in use"))
          .findFirst()
          .map(l -> new BindException(name + ": " + l.strip()));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static boolean healthy(String baseUrl) {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                  .timeout(Duration.ofSeconds(2))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Crash: SIGKILL, then waits until the process is gone. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " still alive 30 s after SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    ALIVE.remove(process);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The last {@code lines} lines of the child's output, for a failure message. */
  String tail(int lines) {
    List<String> all;
    try {
      all = Files.readString(log, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
    return "---- "
        + name
        + " ("
        + log.toAbsolutePath()
        + ") ----\n"
        + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
