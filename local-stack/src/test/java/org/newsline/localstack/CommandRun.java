package org.newsline.localstack;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsline.testsupport.KafkaHalts;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code ./run-local} with these arguments in this JVM, as {@code main} runs it but on a thread of
 * its own: its console output captured, the order in which its services' contexts close recorded
 * from their {@link ContextClosedEvent}s, and {@link #stop()} doing what Ctrl-C's shutdown hook
 * does.
 */
final class CommandRun {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream console = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final List<String> closed = Collections.synchronizedList(new ArrayList<>());
  private final LocalStackCommand command;
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final CompletableFuture<LocalStack> started = new CompletableFuture<>();
  private final CountDownLatch resume;
  private volatile LocalStack stack;

  private CommandRun(List<String> arguments, boolean pauseAfterStart) {
    resume = new CountDownLatch(pauseAfterStart ? 1 : 0);
    command = new LocalStackCommand(console, console, Map.of()).whenStarted(this::started);
    LocalStackCommand.commandLine(command).parseArgs(arguments.toArray(String[]::new));
    Thread thread =
        new Thread(
            () -> {
              try {
                exit.complete(command.call());
              } catch (Throwable e) {
                exit.completeExceptionally(e);
              }
            },
            "run-local");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts the command; it runs until it exits by itself or {@link #stop()}. */
  static CommandRun start(List<String> arguments) {
    return start(arguments, false);
  }

  /**
   * Starts the command and holds it once the stack has started, before it feeds anything, until
   * {@link #resume()}: for a test that looks at what earlier starts left before this one adds to
   * it.
   */
  static CommandRun startPaused(List<String> arguments) {
    return start(arguments, true);
  }

  private static CommandRun start(List<String> arguments, boolean pauseAfterStart) {
    // A broker that cannot bind its port halts the JVM; here it throws instead.
    KafkaHalts.throwInsteadOfHalting();
    return new CommandRun(arguments, pauseAfterStart);
  }

  private void started(LocalStack running) {
    stack = running;
    for (String service : List.of("ingest", "enrich", "store")) {
      running
          .context(service)
          .addApplicationListener(
              (ApplicationListener<ContextClosedEvent>) event -> closed.add(service));
    }
    started.complete(running);
    try {
      resume.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until the stack has started; fails, with the output, if the command ended first. */
  LocalStack awaitStarted(Duration within) throws Exception {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> started.isDone() || exit.isDone());
    if (!started.isDone()) {
      awaitExit(Duration.ZERO);
      throw new IllegalStateException("./run-local exited before its stack started:\n" + output());
    }
    return started.get();
  }

  /** Lets a command held by {@link #startPaused} go on. */
  void resume() {
    resume.countDown();
  }

  /** Waits until the console shows {@code text}; fails at once, with the output, if it exited. */
  CommandRun awaitOutput(String text, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .failFast("./run-local exited:\n" + output(), exit::isDone)
        .until(() -> output().contains(text));
    return this;
  }

  /** Waits for the command to return; its exit code, or the exception it ended with. */
  int awaitExit(Duration within) throws Exception {
    try {
      return exit.get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("./run-local failed:\n" + output(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "./run-local still running after " + within + ":\n" + output());
    }
  }

  /** Ctrl-C's work in this JVM: stops everything in reverse order; {@code call()} then returns. */
  void stop() {
    command.stop();
  }

  /** The stack, once started. */
  LocalStack stack() {
    return stack;
  }

  /** The services, in the order their application contexts began to close. */
  List<String> closedServices() {
    synchronized (closed) {
      return List.copyOf(closed);
    }
  }

  String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
