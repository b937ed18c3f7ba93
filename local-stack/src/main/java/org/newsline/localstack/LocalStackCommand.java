package org.newsline.localstack;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./run-local}: the whole pipeline on this machine, with only a JDK. */
@Command(
    name = "run-local",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole Newsline pipeline on this machine: a real Kafka broker (KRaft), the MongoDB"
          + " wire-protocol stand-in, and the ingest, enrich and store services.",
      "The embedded store is for trying the platform; production uses MongoDB (see docker-compose.yml).",
      "Exit codes: 0 stopped after --exit-when-fed with everything stored; 1 something fed was"
          + " rejected or not stored in time (--exit-when-fed); 2 a bad option or a port in use;"
          + " 130 stopped with Ctrl-C (SIGINT; 143 for SIGTERM), after everything stopped in order."
    })
public final class LocalStackCommand implements Callable<Integer> {

  @Option(
      names = "--data-dir",
      defaultValue = ".local-stack",
      description =
          "Where Kafka, MongoDB and the API key keep their data (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--kafka-port", defaultValue = "9092", description = "Default: ${DEFAULT-VALUE}.")
  int kafkaPort;

  @Option(
      names = "--kafka-controller-port",
      defaultValue = "9093",
      description = "Default: ${DEFAULT-VALUE}.")
  int kafkaControllerPort;

  @Option(
      names = "--mongo-port",
      defaultValue = "27017",
      description = "Default: ${DEFAULT-VALUE}.")
  int mongoPort;

  @Option(
      names = "--ingest-port",
      defaultValue = "8081",
      description = "Default: ${DEFAULT-VALUE}.")
  int ingestPort;

  @Option(
      names = "--enrich-port",
      defaultValue = "8082",
      description = "Default: ${DEFAULT-VALUE}.")
  int enrichPort;

  @Option(names = "--store-port", defaultValue = "8083", description = "Default: ${DEFAULT-VALUE}.")
  int storePort;

  @Option(
      names = "--no-samples",
      description =
          "Do not feed the shipped sample articles (a data directory they were fed to already is"
              + " never fed them again).")
  boolean noSamples;

  @Option(
      names = "--feed",
      paramLabel = "PATH",
      description = "Feed a file, a directory or an NDJSON file after start, with a progress bar.")
  Path feed;

  @Option(
      names = "--exit-when-fed",
      description =
          "Stop once what this start fed (the samples, --feed) is stored and the summary printed.")
  boolean exitWhenFed;

  @Option(
      names = "--store-timeout",
      defaultValue = "PT5M",
      description = "How long to wait for fed articles to be stored (default: ${DEFAULT-VALUE}).")
  Duration storeTimeout;

  @Option(
      names = "--with-prometheus",
      description =
          "Also start Debian's prometheus (from the PATH) scraping the three services, with"
              + " deploy/prometheus/alerts.yml loaded.")
  boolean withPrometheus;

  @Option(
      names = "--prometheus-port",
      defaultValue = "9090",
      description = "Port of --with-prometheus (default: ${DEFAULT-VALUE}).")
  int prometheusPort;

  @Option(
      names = "--verbose",
      description =
          "Show every line of the broker, the stand-in and the services on the console too (they"
              + " always go to DATA_DIR/logs/services.log).")
  boolean verbose;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<LocalPrometheus> prometheus = new AtomicReference<>();
  private Consumer<LocalStack> onStarted = stack -> {};
  private volatile LocalStack stack;
  private volatile Thread hook;
  private volatile boolean stoppedBySignal;
  private boolean serviceLogsToFile;

  LocalStackCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  public static void main(String[] args) {
    LocalStackCommand command = new LocalStackCommand(System.out, System.err, System.getenv());
    command.serviceLogsToFile = true;
    int code = commandLine(command).execute(args);
    // After Ctrl-C the JVM is already exiting (status 130); otherwise leave nothing running.
    if (!command.stoppedBySignal) {
      System.exit(code);
    }
  }

  /** The command line of {@code command}, writing help and usage errors to its streams. */
  static CommandLine commandLine(LocalStackCommand command) {
    return new CommandLine(command)
        .setOut(new PrintWriter(command.out, true))
        .setErr(new PrintWriter(command.err, true));
  }

  /** For tests: called with the stack once it has started, before anything is fed. */
  LocalStackCommand whenStarted(Consumer<LocalStack> listener) {
    this.onStarted = listener;
    return this;
  }

  @Override
  public Integer call() throws Exception {
    List<String> problems = CommandChecks.problems(this);
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      return 2;
    }
    LocalStackSettings settings = settings();
    try {
      Ports.requireFree(settings.portNeeds());
    } catch (Ports.PortInUseException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (serviceLogsToFile) {
      Path logs = ServiceLogs.route(settings.dataDir(), verbose);
      out.println(
          "Service logs: "
              + logs
              + (verbose ? " (and here: --verbose)" : " (--verbose: also here)"));
    }
    ApiKeyFile keys = ApiKeyFile.resolve(settings.dataDir(), env);
    if (keys.generated()) {
      out.println(
          "Generated an API key for this stack (shown once; also in "
              + settings.dataDir().resolve(ApiKeyFile.FILE_NAME)
              + "):");
      out.println("  " + ApiKeyFile.first(keys.ingestKeys()));
    }
    stack = new LocalStack(settings, keys, Map.of());
    hook =
        new Thread(
            () -> {
              stoppedBySignal = true;
              stopEverything();
            },
            "local-stack-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stack.start();
    onStarted.accept(stack);
    if (withPrometheus) {
      prometheus.set(startPrometheus(settings, keys));
    }

    StoreClient client = new StoreClient(settings, keys);
    FedArticles fed = new FedArticles();
    if (!noSamples) {
      SampleFeed.feed(client, settings.dataDir(), out, fed);
    }
    int feedCode = 0;
    if (feed != null) {
      feedCode = Feeds.feed(feed, settings, keys, fed::add);
      if (feedCode != 0) {
        out.println(
            "The feed tool exited with code "
                + feedCode
                + " (1: some articles rejected, 2: it stopped early).");
      }
    }
    if (fed.size() > 0) {
      out.printf("Waiting for the %d articles fed to be stored...%n", fed.size());
    }
    int stored =
        fed.awaitStored(client, storeTimeout, new StoredLines(out, PipelineQueues.of(stack)));
    Summary.print(out, client, settings, fed.size(), stored, exitWhenFed);
    if (exitWhenFed) {
      stop();
      return stored == fed.size() && feedCode == 0 ? 0 : 1;
    }
    stopped.await();
    return 0;
  }

  /**
   * What Ctrl-C does (the shutdown hook's work), for a caller in the same JVM: stops everything in
   * reverse order of start and lets {@link #call()} return.
   */
  void stop() {
    Thread registered = hook;
    if (registered != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(registered);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook runs (or ran) the same stop
      }
    }
    stopEverything();
  }

  private void stopEverything() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    out.println("Stopping Newsline (ingest, enrich, store, MongoDB, Kafka)...");
    stopPrometheus(prometheus);
    LocalStack running = stack;
    if (running != null) {
      running.close();
    }
    out.println("Newsline stopped; the data stays in " + settings().dataDir() + ".");
    stopped.countDown();
  }

  LocalStackSettings settings() {
    return new LocalStackSettings(
        dataDir.toAbsolutePath().normalize(),
        kafkaPort,
        kafkaControllerPort,
        mongoPort,
        ingestPort,
        enrichPort,
        storePort);
  }

  /** Starts prometheus beside the stack; where it cannot, says why and how, and goes on. */
  private LocalPrometheus startPrometheus(LocalStackSettings settings, ApiKeyFile keys)
      throws InterruptedException {
    var executable = LocalPrometheus.onPath("prometheus");
    if (executable.isEmpty()) {
      out.println("--with-prometheus: " + LocalPrometheus.INSTALL_HINT + ".");
      return null;
    }
    if (!Ports.isFree(prometheusPort)) {
      out.println(
          "--with-prometheus: port "
              + prometheusPort
              + " is in use; choose another with --prometheus-port=PORT.");
      return null;
    }
    try {
      LocalPrometheus started =
          LocalPrometheus.start(
              executable.get(),
              Path.of("deploy"),
              settings,
              keys,
              prometheusPort,
              Duration.ofSeconds(10),
              settings.dataDir().resolve("prometheus"));
      out.println(
          "Prometheus: "
              + started.url()
              + " (alerts: "
              + started.url()
              + "/alerts, targets: "
              + started.url()
              + "/targets; log: "
              + started.log()
              + ")");
      return started;
    } catch (java.io.IOException e) {
      out.println("--with-prometheus: prometheus did not start: " + e.getMessage());
      return null;
    }
  }

  private static void stopPrometheus(AtomicReference<LocalPrometheus> prometheus) {
    LocalPrometheus running = prometheus.getAndSet(null);
    if (running != null) {
      running.close();
    }
  }
}
