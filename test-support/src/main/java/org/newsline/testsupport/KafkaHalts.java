package org.newsline.testsupport;

import org.apache.kafka.common.utils.Exit;

/**
 * Kafka's server classes end the process on a fatal fault: a KRaft node that cannot bind one of its
 * listeners (another server took the port) calls {@code Exit.halt(1)} from its startup, and the
 * whole test JVM dies with it, every other test of the run included (seen: the forked VM
 * "terminated without saying goodbye"). In a test JVM {@link #throwInsteadOfHalting()} makes such a
 * halt, or an exit, an exception thrown where Kafka asked for it, as Kafka's own test kit does, so
 * that a failed start fails only that start and can be made again on other ports ({@link
 * FreePorts#collisionOr}). Never for {@code ./run-local} itself: there a fatal fault must stop the
 * process.
 */
public final class KafkaHalts {

  private KafkaHalts() {}

  /** Installs, for the whole JVM, procedures that throw {@link HaltRequested}. Idempotent. */
  public static synchronized void throwInsteadOfHalting() {
    Exit.setHaltProcedure(
        (status, message) -> {
          throw new HaltRequested("halt", status, message);
        });
    Exit.setExitProcedure(
        (status, message) -> {
          throw new HaltRequested("exit", status, message);
        });
  }

  /** Kafka asked to end the process; in a test only the code that asked fails. */
  public static final class HaltRequested extends RuntimeException {
    private final int status;

    HaltRequested(String kind, int status, String message) {
      super(
          "Kafka asked to "
              + kind
              + " the JVM with status "
              + status
              + (message == null ? "" : ": " + message)
              + " (a fatal fault, logged above; a port it could not bind, for one)");
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
