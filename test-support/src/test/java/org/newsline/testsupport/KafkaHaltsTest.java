package org.newsline.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.Test;

class KafkaHaltsTest {

  @Test
  void aHaltKafkaAsksForThrowsInsteadOfEndingTheTestJvm() {
    KafkaHalts.throwInsteadOfHalting();

    assertThatThrownBy(() -> Exit.halt(1))
        .isInstanceOf(KafkaHalts.HaltRequested.class)
        .hasMessageContaining("halt the JVM with status 1");
    assertThatThrownBy(() -> Exit.exit(3, "shutting down"))
        .isInstanceOf(KafkaHalts.HaltRequested.class)
        .hasMessageContaining("exit the JVM with status 3: shutting down");
  }
}
