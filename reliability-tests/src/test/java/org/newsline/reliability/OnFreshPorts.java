package org.newsline.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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

  /**
   * The MongoDB stand-in alone, in a directory under {@code parent}, on a port the system gives it
   * at its bind (port 0, read back): no port is picked, so none can be taken before the bind.
   */
  static LocalMongo mongo(Path parent) {
    LocalMongo mongo = new LocalMongo(directory(parent, 1), "127.0.0.1", 0);
    mongo.start();
    return mongo;
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
