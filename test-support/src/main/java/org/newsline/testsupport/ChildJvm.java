package org.newsline.testsupport;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A main class of the test's classpath as a child JVM, so that a test can stop it the way an
 * operator or the machine does: {@link #kill()} is SIGKILL (a dead battery, the OOM killer: no
 * shutdown hook, nothing flushed), {@link #interrupt(Duration)} is SIGINT (Ctrl-C: the JVM's
 * shutdown hooks run). Its output goes to {@code target/stack-children/<name>.log}. A child still
 * alive is killed by {@link #close()} and, as a last resort, when the test JVM exits.
 */
public final class ChildJvm implements AutoCloseable {

  private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * What makes the child's SIGINT a Ctrl-C again where this JVM runs with SIGINT ignored, as a
   * command started in the background by a shell without job control does (a CI script, {@code mvn
   * ... &}): the child would inherit the ignoring, and a JVM never handles a signal that was
   * ignored when it started, so it would not even run its shutdown hooks. GNU {@code env
   * --default-signal=INT} resets it before the JVM starts; where that {@code env} is missing,
   * nothing (the child then gets SIGINT as this JVM does).
   */
  private static final List<String> DEFAULT_SIGINT =
      works("env", "--default-signal=INT", "true")
          ? List.of("env", "--default-signal=INT")
          : List.of();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly)));
  }

  private static boolean works(String... command) {
    try {
      Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
      probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private final String name;
  private final Path log;
  private final Process process;

  private ChildJvm(String name, Path log, Process process) {
    this.name = name;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts {@code mainClass} with {@code arguments} and {@code environment} added to this JVM's,
   * and waits until {@code healthUrl}{@code /actuator/health} answers 200.
   *
   * @throws IllegalStateException with the child's last output when it did not get ready within
   *     {@code ready} or exited; when its output says a port was in use, a {@link BindException}
   *     naming that line is among the causes or suppressed ({@link FreePorts#isPortCollision})
   */
  public static ChildJvm start(
      String name,
      String mainClass,
      List<String> arguments,
      Map<String, String> environment,
      String healthUrl,
      Duration ready) {
    List<String> command = new ArrayList<>(DEFAULT_SIGINT);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2500m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(arguments);
    ChildJvm child;
    try {
      Path dir = Files.createDirectories(Path.of("target", "stack-children"));
      Path log = dir.resolve(name + ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      ALIVE.add(process);
      child = new ChildJvm(name, log, process);
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
          new IllegalStateException("the child did not start\n" + child.tail(60), e);
      child.portInUse().ifPresent(failure::addSuppressed);
      throw failure;
    }
    if (!child.process.isAlive()) {
      throw new IllegalStateException(
          "the child exited at start-up\n" + child.tail(60), child.portInUse().orElse(null));
    }
    return child;
  }

  /**
   * A {@link BindException} naming the first line of the child's output that says a port was in use
   * ({@code ./run-local}'s own check: "Port N (...) is already in use"; a server's bind: "Address
   * already in use").
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
  public void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30), "SIGKILL");
  }

  /**
   * Ctrl-C: sends SIGINT ({@code kill -INT pid}) and waits up to {@code within} for the process to
   * exit; returns its exit status (a JVM that ran its shutdown hooks exits with 130, 128 + SIGINT).
   */
  public int interrupt(Duration within) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
              .redirectErrorStream(true)
              .start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill -INT " + process.pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    awaitExit(within, "SIGINT");
    return process.exitValue();
  }

  private void awaitExit(Duration within, String signal) {
    try {
      if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            name + " still alive " + within + " after " + signal + "\n" + tail(40));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    ALIVE.remove(process);
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the child wrote so far (standard output and error). */
  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last {@code lines} lines of the child's output, for a failure message. */
  public String tail(int lines) {
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
