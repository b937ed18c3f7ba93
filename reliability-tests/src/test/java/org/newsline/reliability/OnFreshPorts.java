package org.newsline.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.newsline.localstack.LocalMongo;
import org.newsline.localstack.LocalStack;
import org.newsline.localstack.LocalStackSettings;
import org.newsline.testsupport.FreePorts;
import org.newsline.testsupport.KafkaHalts;

/**
 * Starts the local stack's servers for this module's tests on picked ports, and again on new ones
 * when a port was taken between the pick and the bind (another stack beside this one, issue 20).
 * The local stack's classes take fixed ports (the broker's address and the stand-in's connection
 * string are handed to the services before either binds; a KRaft controller's port must be in
 * {@code controller.quorum.voters} before it starts), so they cannot be left to bind port 0: see
 * {@link FreePorts#startOnFreshPorts}. Each attempt gets a new data directory under {@code parent}:
 * a failed start may leave files (and the stand-in's H2 lock) behind.
 */
final class OnFreshPorts {

  private OnFreshPorts() {}

  /**
   * Creates a stack with {@code create} and starts it, on six picked ports when it runs its own
   * broker and stand-in ({@code ownInfrastructure}), else on three for the services (the others 0).
   */
  static LocalStack stack(
      Path parent, boolean ownInfrastructure, Function<LocalStackSettings, LocalStack> create) {
    // A broker that cannot bind its port halts the JVM; here it throws and the start is retried.
    KafkaHalts.throwInsteadOfHalting();
    AtomicInteger attempt = new AtomicInteger();
    return FreePorts.startOnFreshPorts(
        ownInfrastructure ? 6 : 3,
        ports -> {
          LocalStack stack =
              create.apply(
                  settings(directory(parent, attempt.incrementAndGet()), ownInfrastructure, ports));
          try {
            stack.start();
            return stack;
          } catch (Exception e) {
            // Exception, not RuntimeException: the stand-in throws its BindException undeclared,
            // and the stack's own clean-up then does not run; nor does it stop a broker or
            // stand-in that failed in their own start.
            stack.close();
            if (stack.kafka() != null) {
              stack.kafka().stop();
            }
            if (stack.mongo() != null) {
              stack.mongo().stop();
            }
            throw FreePorts.collisionOr(e, ports);
          }
        });
  }

  /** The MongoDB stand-in alone, started on a picked port, in a directory under {@code parent}. */
  static LocalMongo mongo(Path parent) {
    return mongo(parent, attempt -> {});
  }

  /** As {@link #mongo(Path)}, running {@code beforeBind} with each attempt's port first. */
  static LocalMongo mongo(Path parent, IntConsumer beforeBind) {
    AtomicInteger attempt = new AtomicInteger();
    return FreePorts.startOnFreshPorts(
        1,
        ports -> {
          beforeBind.accept(ports[0]);
          LocalMongo mongo =
              new LocalMongo(directory(parent, attempt.incrementAndGet()), "127.0.0.1", ports[0]);
          try {
            mongo.start();
            return mongo;
          } catch (Exception e) {
            mongo.stop(); // its file is open even when the bind failed
            throw FreePorts.collisionOr(e, ports);
          }
        });
  }

  /** Settings on {@code ports}: six, or the three service ports with the others 0. */
  static LocalStackSettings settings(Path dataDir, boolean ownInfrastructure, int[] ports) {
    return ownInfrastructure
        ? new LocalStackSettings(
            dataDir, ports[0], ports[1], ports[2], ports[3], ports[4], ports[5])
        : new LocalStackSettings(dataDir, 0, 0, 0, ports[0], ports[1], ports[2]);
  }

  static Path directory(Path parent, int attempt) {
    try {
      return Files.createDirectories(parent.resolve("attempt-" + attempt));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
