package org.newsline.enrich.replay;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.newsline.enrich.EnrichApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code java -jar enrich-service.jar replay [options]}: re-enriches {@code articles.raw} with the
 * enrich version of this jar, in a consumer group of its own beside live enrichment, up to the end
 * offsets it saw when it began, then stops; resumable from its state file.
 */
@Command(
    name = "replay",
    usageHelpAutoWidth = true,
    description = {
      "Re-enriches articles.raw (all of it, or the records received between --from and --to) with"
          + " the enrich version of this jar, exactly once, in a consumer group of its own while"
          + " live enrichment goes on in group 'enrich'. It reads up to the end offsets it saw when"
          + " it began, then stops. Stopped before (Ctrl-C), the same command resumes it from the"
          + " state file.",
      "Other settings of the enrich service can follow as --name=value (e.g."
          + " --newsline.enrich.pipeline-version=3, --newsline.kafka.topics.raw=...); environment"
          + " variables apply as for the service."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the replay reached its end offsets (the state file is deleted)",
      "1:it could not start or failed (message on stderr; the state file is kept)",
      "2:wrong options",
      "130:stopped before its end offsets (Ctrl-C): run it again to resume"
    })
public final class ReplayCommand implements Callable<Integer> {

  static final int DONE = 0;
  static final int FAILED = 1;
  static final int STOPPED = 130;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help and exit")
  private boolean help;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT[,...]",
      description = "Kafka (default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092)")
  private String bootstrapServers;

  @Option(
      names = "--from",
      paramLabel = "TIME",
      description =
          "start at the first record received at or after TIME (ISO-8601, e.g."
              + " 2026-12-01T00:00:00Z; the raw record's timestamp); default: the start of the"
              + " topic")
  private Instant from;

  @Option(
      names = "--to",
      paramLabel = "TIME",
      description =
          "pass over the records received after TIME (counted as skipped); default: no bound")
  private Instant to;

  @Option(
      names = "--group",
      paramLabel = "GROUP",
      defaultValue = "enrich-replay",
      description = "the replay's consumer group (default: ${DEFAULT-VALUE}); never the live one")
  private String group;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = "the replay's state file (default: GROUP.replay-state in this directory)")
  private Path state;

  @Option(
      names = "--transactional-id-prefix",
      paramLabel = "PREFIX",
      description = "transactional ids of the replay's producers (default: GROUP-)")
  private String transactionalIdPrefix;

  @Unmatched private List<String> settings = new ArrayList<>();

  private final Function<String[], ConfigurableApplicationContext> service;
  private final PrintStream out;
  private final PrintStream err;

  private ReplayCommand(
      Function<String[], ConfigurableApplicationContext> service,
      PrintStream out,
      PrintStream err) {
    this.service = service;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(
        execute(
            args,
            springArgs -> new SpringApplicationBuilder(EnrichApplication.class).run(springArgs),
            System.out,
            System.err));
  }

  /**
   * Runs the command with {@code service} starting the enrich service from Spring arguments (as
   * {@code --name=value}); returns the exit code.
   */
  public static int execute(
      String[] args,
      Function<String[], ConfigurableApplicationContext> service,
      PrintStream out,
      PrintStream err) {
    CommandLine cli = new CommandLine(new ReplayCommand(service, out, err));
    cli.registerConverter(Instant.class, Instant::parse);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    String live = System.getenv().getOrDefault("ENRICH_GROUP_ID", "enrich");
    if (group.equals(live)) {
      throw new ParameterException(
          spec.commandLine(), "--group " + group + " is the live enrichment's group");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to is before --from");
    }
    Path stateFile = state != null ? state : Path.of(group + ".replay-state");
    ConfigurableApplicationContext context;
    try {
      context = service.apply(springArgs(stateFile).toArray(String[]::new));
    } catch (RuntimeException e) {
      err.println("replay could not start: " + rootMessage(e));
      return FAILED;
    }
    try {
      ReplayProgress progress = context.getBean(ReplayProgress.class);
      progress.reportTo(out::println);
      ProgressLine last = progress.finished().get();
      // Past the end offsets the listener only passes records over; stopped, it has committed.
      context.getBean(KafkaListenerEndpointRegistry.class).stop();
      out.println(summary(context) + " in " + ProgressLine.clock(last.elapsed()));
      Files.deleteIfExists(stateFile);
      return DONE;
    } catch (InterruptedException | ExecutionException e) {
      out.println(summary(context));
      out.println(
          "replay stopped before its end offsets: run the same command again to resume (state "
              + stateFile.toAbsolutePath()
              + ")");
      return STOPPED;
    } catch (IOException e) {
      err.println("replay done, but its state file could not be deleted: " + e);
      return FAILED;
    } finally {
      // Closed with the interrupt flag clear, so that the listener stops after its poll's commit.
      boolean interrupted = Thread.interrupted();
      context.close();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private List<String> springArgs(Path stateFile) {
    List<String> args = new ArrayList<>();
    if (bootstrapServers != null) {
      args.add("--spring.kafka.bootstrap-servers=" + bootstrapServers);
    }
    args.add("--spring.kafka.consumer.group-id=" + group);
    args.add(
        "--spring.kafka.producer.transaction-id-prefix="
            + (transactionalIdPrefix != null ? transactionalIdPrefix : group + "-"));
    args.add("--newsline.enrich.replay.enabled=true");
    args.add("--newsline.enrich.replay.state-file=" + stateFile);
    if (from != null) {
      args.add("--newsline.enrich.replay.from=" + from);
    }
    if (to != null) {
      args.add("--newsline.enrich.replay.to=" + to);
    }
    args.add("--spring.main.web-application-type=none");
    args.addAll(settings);
    return args;
  }

  private static ReplaySummary summary(ConfigurableApplicationContext context) {
    return ReplaySummary.of(
        context.getBean(ReplayScope.class), context.getBean(MeterRegistry.class));
  }

  private static String rootMessage(Throwable e) {
    // Spring's messages nest every bean on the way: the first other one says what failed, the root
    // why.
    Throwable first = null;
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (first == null && !t.getClass().getName().startsWith("org.springframework.")) {
        first = t;
      }
      root = t;
    }
    return first == null || first == root
        ? root.toString()
        : first.getMessage() + " (" + root + ")";
  }
}
