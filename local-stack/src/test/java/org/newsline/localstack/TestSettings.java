package org.newsline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.newsline.testsupport.FreePorts;
import org.newsline.testsupport.KafkaHalts;

/**
 * A local stack for a test: its data in a directory of its own, its six ports picked for it.
 *
 * <p>The stack's classes take fixed ports (the broker's address and the stand-in's connection
 * string are handed to the services before either binds, and the KRaft controller's port must be in
 * {@code controller.quorum.voters} before it starts), so the ports cannot be left to the servers as
 * port 0. Instead a start that finds a port taken in the meantime (another stack beside this one,
 * issue 20) is made again on new ports: see {@link FreePorts#startOnFreshPorts}.
 */
final class TestSettings {

  private TestSettings() {}

  /**
   * Creates the stack with {@code create} on settings with picked ports and starts it; on a port
   * collision (the stack stops what it had started) it does so again on new ports, in a new data
   * directory under {@code dataDir} (the failed start may have left files there).
   */
  static LocalStack started(Path dataDir, Function<LocalStackSettings, LocalStack> create) {
    // A broker that cannot bind its port halts the JVM; here it throws and the start is retried.
    KafkaHalts.throwInsteadOfHalting();
    AtomicInteger attempt = new AtomicInteger();
    return FreePorts.startOnFreshPorts(
        6,
        ports -> {
          LocalStack stack =
              create.apply(
                  new LocalStackSettings(
                      directory(dataDir, attempt.incrementAndGet()),
                      ports[0],
                      ports[1],
                      ports[2],
                      ports[3],
                      ports[4],
                      ports[5]));
          try {
            stack.start();
            return stack;
          } catch (Exception e) {
            // Exception, not RuntimeException: the stand-in throws its BindException undeclared,
            // and the stack's own clean-up then does not run.
            stack.close();
            // Nor does it stop a broker or stand-in that failed in their own start.
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

  private static Path directory(Path dataDir, int attempt) {
    try {
      return Files.createDirectories(dataDir.resolve("attempt-" + attempt));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
