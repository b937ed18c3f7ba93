package org.newsline.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsline.localstack.LocalStackSettings;
import org.newsline.testsupport.ChildJvm;

/**
 * The whole local stack ({@code ./run-local}'s main class: broker, MongoDB stand-in and the three
 * services in one JVM) as a child process on the test's classpath ({@link ChildJvm}), so that a
 * test can crash it for real: {@link #kill()} is SIGKILL, as when a laptop's battery dies under it
 * or a container is OOM-killed: no shutdown hook, no graceful stop, nothing flushed on the way out.
 * Each start writes its output to {@code target/stack-children/<name>.log}.
 */
final class StackProcess implements AutoCloseable {

  static final String INGEST_KEY = "crash-ingest-key-4e1d9a7c2b";
  static final String STORE_KEY = "crash-store-key-8c3f0b6e1a";
  static final String MANAGEMENT_KEY = "crash-management-key-2a7d5c9e0f";

  private static final Map<String, String> KEYS =
      Map.of(
          "INGEST_API_KEYS", INGEST_KEY,
          "STORE_API_KEYS", STORE_KEY,
          "MANAGEMENT_API_KEYS", MANAGEMENT_KEY);

  private final ChildJvm child;

  private StackProcess(ChildJvm child) {
    this.child = child;
  }

  /**
   * Starts {@code LocalStackCommand --no-samples} on {@code settings}' data directory and ports,
   * and waits until ingest (started last) answers its health check.
   *
   * @param extraArguments further command-line arguments of {@code ./run-local}
   */
  static StackProcess start(
      String name, LocalStackSettings settings, Duration ready, List<String> extraArguments) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--no-samples");
    arguments.addAll(settings.arguments());
    arguments.addAll(extraArguments);
    return launch(
        name, "org.newsline.localstack.LocalStackCommand", arguments, settings.ingestUrl(), ready);
  }

  /**
   * Starts only the three services ({@link ServicesMain}) on {@code settings}' service ports, on a
   * Kafka cluster and a MongoDB server that run elsewhere and outlive the child.
   */
  static StackProcess startServices(
      String name, LocalStackSettings settings, String kafka, String mongo, Duration ready) {
    List<String> arguments =
        List.of(
            settings.dataDir().toString(),
            Integer.toString(settings.ingestPort()),
            Integer.toString(settings.enrichPort()),
            Integer.toString(settings.storePort()),
            kafka,
            mongo);
    return launch(name, ServicesMain.class.getName(), arguments, settings.ingestUrl(), ready);
  }

  /**
   * Starts any main class of the test classpath as such a child and waits until {@code healthUrl}
   * answers its health check; for testing this class's own handling of a child that fails.
   */
  static StackProcess startMain(
      String name, Class<?> main, List<String> arguments, String healthUrl, Duration ready) {
    return launch(name, main.getName(), arguments, healthUrl, ready);
  }

  private static StackProcess launch(
      String name, String mainClass, List<String> arguments, String healthUrl, Duration ready) {
    return new StackProcess(ChildJvm.start(name, mainClass, arguments, KEYS, healthUrl, ready));
  }

  /** Crash: SIGKILL, then waits until the process is gone. */
  void kill() {
    child.kill();
  }

  boolean isAlive() {
    return child.isAlive();
  }

  /** The last {@code lines} lines of the child's output, for a failure message. */
  String tail(int lines) {
    return child.tail(lines);
  }

  @Override
  public void close() {
    child.close();
  }
}
