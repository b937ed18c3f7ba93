package org.newsline.feed;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feed PATH}: the operator's command line around {@link Feeder}. */
@Command(
    name = "feed",
    mixinStandardHelpOptions = true,
    version = "feed 0.1.0",
    description = {
      "Feeds articles to the Newsline ingest service's batch endpoint.",
      "PATH is a .txt, .html, .json or .ndjson file, or a directory of such files.",
      "Exit code: 0 all accepted or duplicate, 1 some rejected, 2 stopped early,",
      "3 (with --store-url) not all acknowledged articles stored by --store-timeout,",
      "130 interrupted (Ctrl-C; the counts so far are printed, --resume goes on)."
    })
public final class FeedCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PATH", description = "File or directory to feed")
  Path input;

  @Option(
      names = "--url",
      defaultValue = "http://localhost:8081",
      description = "Ingest service base URL (default: ${DEFAULT-VALUE})")
  URI url;

  @Option(
      names = "--api-key",
      defaultValue = "${env:INGEST_API_KEY}",
      description = "API key (default: the INGEST_API_KEY environment variable)")
  String apiKey;

  @Option(
      names = "--batch-size",
      defaultValue = "100",
      description = "Articles per request (default: ${DEFAULT-VALUE})")
  int batchSize;

  @Option(names = "--resume", description = "Skip items a previous run already had accepted")
  boolean resume;

  @Option(
      names = "--state",
      description =
          "State file of accepted items (default: .feed-state/NAME-HASH.feed-state in the"
              + " working directory, named in the summary)")
  Path state;

  @Option(names = "--source", description = "Source name for articles that do not name one")
  String source;

  @Option(
      names = "--max-retries",
      defaultValue = "8",
      description =
          "Retries per batch on 429/503/connection errors before giving up"
              + " (default: ${DEFAULT-VALUE})")
  int maxRetries;

  @Option(names = "--quiet", description = "No progress line")
  boolean quiet;

  @Option(
      names = "--store-url",
      description =
          "Follow the articles to the store (e.g. http://localhost:8083): after sending, show how"
              + " many of those ingest acknowledged are stored, and end when all are (or at"
              + " --store-timeout)")
  URI storeUrl;

  @Option(
      names = "--store-api-key",
      defaultValue = "${env:STORE_API_KEY}",
      description = "The store's read key (default: STORE_API_KEY, else the --api-key)")
  String storeApiKey;

  @Option(
      names = "--store-timeout",
      defaultValue = "600",
      description =
          "Seconds to wait for the store after sending; exit 3 if not all are stored by then"
              + " (default: ${DEFAULT-VALUE})")
  int storeTimeoutSeconds;

  private volatile FeedProgress lastProgress;
  private volatile boolean finished;
  private final PrintStream out;
  private final PrintStream err;
  private final Path workingDirectory;
  private Consumer<String> acknowledged = id -> {};

  public FeedCommand() {
    this(System.out, System.err, Path.of("").toAbsolutePath());
  }

  /**
   * @param workingDirectory where the default state file goes ({@code .feed-state/} under it)
   */
  FeedCommand(PrintStream out, PrintStream err, Path workingDirectory) {
    this.out = out;
    this.err = err;
    this.workingDirectory = workingDirectory;
  }

  /**
   * Hands the id of every article the service acknowledges (accepted or duplicate) to {@code
   * listener}, on the feeding thread: for a caller that waits for them further down the pipeline
   * ({@code ./run-local --feed}).
   */
  public FeedCommand onAcknowledged(Consumer<String> listener) {
    this.acknowledged = listener;
    return this;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new FeedCommand()).execute(args));
  }

  @Override
  public Integer call() {
    if (apiKey == null || apiKey.isBlank()) {
      err.println("feed: no API key: pass --api-key or set INGEST_API_KEY");
      return 2;
    }
    Path stateFile = state != null ? state : FeedOptions.defaultStateFile(input, workingDirectory);
    FeedOptions options =
        new FeedOptions(
            input,
            url,
            apiKey,
            batchSize,
            resume,
            stateFile,
            source,
            maxRetries,
            Duration.ofMillis(500),
            Duration.ofSeconds(30),
            Duration.ofMinutes(2));
    StoreWatch watch =
        storeUrl == null
            ? null
            : new StoreWatch(
                storeUrl, storeApiKey == null || storeApiKey.isBlank() ? apiKey : storeApiKey);
    Thread onCtrlC =
        new Thread(() -> interrupted(stateFile.toAbsolutePath(), watch), "feed-ctrl-c");
    Runtime.getRuntime().addShutdownHook(onCtrlC);
    try {
      FeedSummary summary = new Feeder(options, sink(stateFile.toAbsolutePath(), watch)).run();
      if (watch == null || !summary.completed()) {
        return summary.exitCode();
      }
      return new StoreFollow(out, err, quiet, Duration.ofSeconds(storeTimeoutSeconds)).follow(watch)
          ? summary.exitCode()
          : 3;
    } finally {
      finished = true;
      try {
        Runtime.getRuntime().removeShutdownHook(onCtrlC);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already stopping: the hook runs, and sees the run finished.
      }
    }
  }

  /**
   * Ctrl-C (or SIGTERM) before the end: the JVM runs this and exits with 130 (143). Says what was
   * done so far; the state file already holds every acknowledged item, so {@code --resume} goes on
   * from there.
   */
  private void interrupted(Path stateFile, StoreWatch watch) {
    if (finished) {
      return;
    }
    FeedProgress p = lastProgress;
    err.println();
    out.printf(
        java.util.Locale.ROOT,
        "feed interrupted: %,d sent, %,d accepted, %,d duplicate, %,d rejected, %,d skipped%n",
        p == null ? 0 : p.sent(),
        p == null ? 0 : p.accepted(),
        p == null ? 0 : p.duplicate(),
        p == null ? 0 : p.rejected(),
        p == null ? 0 : p.skipped());
    if (watch != null) {
      out.printf(
          java.util.Locale.ROOT,
          "  store: %,d of %,d acknowledged articles seen stored%n",
          watch.storedCount(),
          watch.acknowledgedCount());
    }
    out.println("  state: " + stateFile + " (--resume goes on from what it lists)");
    out.flush();
  }

  private ProgressSink sink(Path stateFile, StoreWatch watch) {
    return new ProgressSink() {
      private long last;

      @Override
      public void progress(FeedProgress progress) {
        lastProgress = progress;
        long now = System.nanoTime();
        if (!quiet && now - last > 200_000_000L) {
          last = now;
          err.print("\r" + progress.line() + "   ");
          err.flush();
        }
      }

      @Override
      public void acknowledged(String id) {
        acknowledged.accept(id);
        if (watch != null) {
          watch.acknowledged(id);
        }
      }

      @Override
      public void finished(FeedSummary summary) {
        if (!quiet) {
          err.println("\r" + summary.progress().line() + "   ");
        }
        FeedProgress p = summary.progress();
        out.printf(
            java.util.Locale.ROOT,
            "feed %s: %,d sent, %,d accepted, %,d duplicate, %,d rejected, %,d skipped in %.1f s (%.1f articles/s)%n",
            summary.completed() ? "done" : "stopped",
            p.sent(),
            p.accepted(),
            p.duplicate(),
            p.rejected(),
            p.skipped(),
            p.elapsed().toMillis() / 1000.0,
            p.articlesPerSecond());
        summary.rejections().forEach(r -> out.println("  rejected " + r));
        out.println("  state: " + stateFile + " (--resume skips the items it lists)");
        if (summary.error() != null) {
          out.println("  error: " + summary.error());
        }
      }
    };
  }
}
