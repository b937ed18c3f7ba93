package org.newsline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.testsupport.FreePorts;

class PortsTest {

  @Test
  void namesThePortInUseAndTheOptionThatChangesIt() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int port = taken.getLocalPort();

      assertThatThrownBy(
              () ->
                  Ports.requireFree(
                      List.of(
                          new Ports.Need("Kafka", port, "--kafka-port"),
                          new Ports.Need(
                              "store service", LocalKafkaBrokerIT.freePort(), "--store-port"))))
          .isInstanceOf(Ports.PortInUseException.class)
          .hasMessageContaining("Port " + port + " (Kafka) is already in use")
          .hasMessageContaining("--kafka-port=PORT")
          .hasMessageNotContaining("store service")
          // So that a test that picked the ports knows to start again on new ones.
          .hasCauseInstanceOf(BindException.class)
          .satisfies(e -> assertThat(FreePorts.isPortCollision(e)).isTrue());
    }
  }

  @Test
  void freePortsPass() throws Exception {
    Ports.requireFree(
        List.of(new Ports.Need("Kafka", LocalKafkaBrokerIT.freePort(), "--kafka-port")));
    assertThat(Ports.isFree(LocalKafkaBrokerIT.freePort())).isTrue();
  }
}
