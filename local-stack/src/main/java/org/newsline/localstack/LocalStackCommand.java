package org.newsline.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/** {@code ./run-local}: the whole pipeline on this machine, with only a JDK. */
@Command(
    name = "run-local",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole Newsline pipeline on this machine: a real Kafka broker (KRaft), the MongoDB"
          + " wire-protocol stand-in, and the ingest, enrich and store services.",
      "The embedded store is for trying the platform; production uses MongoDB (see docker-compose.yml)."
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

  @Option(names = "--no-samples", description = "Do not feed the shipped sample articles.")
  boolean noSamples;

  @Option(
      names = "--feed",
      paramLabel = "PATH",
      description = "Feed a file, a directory or an NDJSON file after start, with a progress bar.")
  Path feed;

  @Option(
      names = "--exit-when-fed",
      description = "Stop once the samples (and --feed) are stored and the summary is printed.")
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

  private final PrintStream out;
  private final Map<String, String> env;

  LocalStackCommand(PrintStream out, Map<String, String> env) {
    this.out = out;
    this.env = env;
  }

  public static void main(String[] args) {
    int code = new CommandLine(new LocalStackCommand(System.out, System.getenv())).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() throws Exception {
    LocalStackSettings settings =
        new LocalStackSettings(
            dataDir.toAbsolutePath().normalize(),
            kafkaPort,
            kafkaControllerPort,
            mongoPort,
            ingestPort,
            enrichPort,
            storePort);
    try {
      Ports.requireFree(settings.portNeeds());
    } catch (Ports.PortInUseException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    ApiKeyFile keys = ApiKeyFile.resolve(settings.dataDir(), env);
    if (keys.generated()) {
      out.println(
          "Generated an API key for this stack (shown once; also in "
              + settings.dataDir().resolve(ApiKeyFile.FILE_NAME)
              + "):");
      out.println("  " + ApiKeyFile.first(keys.ingestKeys()));
    }
    LocalStack stack = new LocalStack(settings, keys, Map.of());
    AtomicReference<LocalPrometheus> prometheus = new AtomicReference<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              out.println("Stopping Newsline (ingest, enrich, store, MongoDB, Kafka)...");
              stopPrometheus(prometheus);
              stack.close();
              stopped.countDown();
            },
            "local-stack-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    stack.start();
    if (withPrometheus) {
      prometheus.set(startPrometheus(settings, keys));
    }

    StoreClient client = new StoreClient(settings, keys);
    List<String> sampleIds = noSamples ? List.of() : SampleArticles.ids();
    if (!noSamples) {
      JsonNode result = client.postBatch(SampleArticles.ndjson());
      out.printf(
          "Fed %d sample articles: %d accepted, %d duplicate, %d rejected.%n",
          sampleIds.size(),
          result.get("accepted").asInt(),
          result.get("duplicate").asInt(),
          result.get("rejected").asInt());
      awaitStored(client, sampleIds);
    }
    if (feed != null) {
      int code = Feeds.feed(feed, settings, keys);
      if (code != 0) {
        out.println("The feed tool exited with code " + code + " (1: some articles rejected).");
      }
    }
    Summary.print(out, client, settings, sampleIds);
    if (exitWhenFed) {
      Runtime.getRuntime().removeShutdownHook(hook);
      stopPrometheus(prometheus);
      stack.close();
      return 0;
    }
    stopped.await();
    return 0;
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

  private void awaitStored(StoreClient client, List<String> ids) throws Exception {
    long deadline = System.nanoTime() + storeTimeout.toNanos();
    for (String id : ids) {
      while (!client.isStored(id)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "article " + id + " was not stored within " + storeTimeout);
        }
        Thread.sleep(250);
      }
    }
  }
}
