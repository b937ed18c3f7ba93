package org.newsline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.testsupport.FreePorts;

/**
 * How a child that dies at start-up is reported: as a port collision when its output says a port
 * was in use (so the crash test starts again, on new ports or, after a kill, on the same ones), as
 * a plain failure otherwise. The children here are tiny main classes that print and exit.
 */
class StackProcessIT {

  @Test
  void aChildThatFoundAPortInUseIsReportedAsAPortCollision() {
    for (String line :
        List.of(
            "Port 40123 (Kafka) is already in use. Stop what uses it, or choose another port with"
                + " --kafka-port=PORT.",
            "org.apache.kafka.common.KafkaException: Socket server failed to bind to"
                + " localhost:40123: Address already in use.")) {
      assertThatThrownBy(() -> start(line))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("exited at start-up")
          .satisfies(e -> assertThat(FreePorts.isPortCollision(e)).as(line).isTrue());
    }
  }

  @Test
  void aChildThatFailedForAnotherReasonIsNoPortCollision() {
    assertThatThrownBy(() -> start("Cannot open the data directory: permission denied"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("permission denied")
        .satisfies(e -> assertThat(FreePorts.isPortCollision(e)).isFalse());
  }

  private static StackProcess start(String line) {
    try (FreePorts.ClosedPort nothing = FreePorts.reserveClosed()) {
      return StackProcess.startMain(
          "exits-" + Integer.toHexString(line.hashCode()),
          PrintAndExit.class,
          List.of(line),
          "http://" + nothing.address(),
          Duration.ofSeconds(60));
    }
  }

  /** Prints its argument and exits with status 1, as a stack that could not start. */
  public static final class PrintAndExit {
    public static void main(String[] args) {
      System.out.println(args[0]);
      System.exit(1);
    }
  }
}
