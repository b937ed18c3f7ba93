package org.newsline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

class FreePortsTest {

  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  @Test
  void theOldPickThenBindFailsWhenAnotherServerTakesThePortInBetweenAndTheNewStartDoesNot()
      throws Exception {
    // The old helper: open a socket on 0, read the port, close it; the server binds it later.
    int picked;
    try (ServerSocket probe = new ServerSocket(0)) {
      picked = probe.getLocalPort();
    }
    try (ServerSocket otherStack = listenOn(picked)) {
      assertThatThrownBy(() -> listenOn(picked)).isInstanceOf(BindException.class);
    }

    // The new one: the same theft on the first attempt, then a start on fresh ports.
    List<ServerSocket> thieves = new ArrayList<>();
    AtomicInteger attempts = new AtomicInteger();
    try (ServerSocket server =
        FreePorts.startOnFreshPorts(
            1,
            ports -> {
              if (attempts.incrementAndGet() == 1) {
                thieves.add(listenOn(ports[0]));
              }
              return listenOn(ports[0]);
            })) {
      assertThat(attempts).hasValue(2);
      assertThat(server.getLocalPort()).isNotEqualTo(thieves.get(0).getLocalPort());
      assertThat(server.isBound()).isTrue();
    } finally {
      for (ServerSocket thief : thieves) {
        thief.close();
      }
    }
  }

  @Test
  void aStartThatKeepsCollidingGivesUpAfterBoundedAttemptsWithTheCollisionAsCause() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                FreePorts.startOnFreshPorts(
                    2,
                    ports -> {
                      attempts.incrementAndGet();
                      throw new KafkaException(
                          "Socket server failed to bind to localhost:" + ports[0],
                          new BindException("Address already in use"));
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("found a port taken")
        .hasRootCauseInstanceOf(BindException.class);
    assertThat(attempts).hasValue(FreePorts.ATTEMPTS);
  }

  @Test
  void aFailureThatIsNotAPortCollisionIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                FreePorts.startOnFreshPorts(
                    1,
                    ports -> {
                      attempts.incrementAndGet();
                      throw new IllegalArgumentException("bad configuration");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad configuration");
    assertThat(attempts).hasValue(1);
  }

  @Test
  void oneJvmNeverGetsTheSamePickedPortTwice() {
    // The kernel hands out a port it gave before soon enough (about one repeat in eight picks
    // over 2000 here), so two servers of one JVM could be given the same port.
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(FreePorts.pick())).as("pick %d is new", i).isTrue();
    }
  }

  @Test
  void aRestartGetsTheSamePortBackOnceWhatLingeredOnItIsGone() throws Exception {
    int port;
    ServerSocket lingering = new ServerSocket();
    lingering.bind(new InetSocketAddress(LOOPBACK, 0));
    port = lingering.getLocalPort();
    AtomicInteger attempts = new AtomicInteger();
    CompletableFuture<Void> released =
        CompletableFuture.runAsync(
            () -> close(lingering), CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));

    try (ServerSocket restarted =
        FreePorts.rebindSamePort(
            port,
            Duration.ofSeconds(30),
            () -> {
              attempts.incrementAndGet();
              return listenOn(port);
            })) {
      assertThat(restarted.getLocalPort()).isEqualTo(port);
      assertThat(released).isDone();
      assertThat(attempts.get()).as("tried while the port was taken").isGreaterThan(1);
    }
  }

  @Test
  void aRestartOnAPortThatStaysTakenFailsAfterTheBoundNamingThePort() throws Exception {
    try (ServerSocket stranger = new ServerSocket()) {
      stranger.bind(new InetSocketAddress(LOOPBACK, 0));
      int port = stranger.getLocalPort();

      assertThatThrownBy(
              () -> FreePorts.rebindSamePort(port, Duration.ofMillis(300), () -> listenOn(port)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("port " + port + " still in use after PT0.3S")
          .hasCauseInstanceOf(BindException.class);
    }
  }

  @Test
  void aReservedClosedPortRefusesConnectionsAndNoServerCanTakeIt() {
    try (FreePorts.ClosedPort closed = FreePorts.reserveClosed()) {
      assertThat(closed.address()).endsWith(":" + closed.port());
      assertThatThrownBy(
              () -> {
                try (Socket client = new Socket()) {
                  client.connect(new InetSocketAddress(LOOPBACK, closed.port()), 2000);
                }
              })
          .isInstanceOf(ConnectException.class);
      assertThatThrownBy(() -> listenOn(closed.port())).isInstanceOf(BindException.class);
    }
  }

  @Test
  void aBindExceptionAnywhereAmongTheCausesIsAPortCollision() {
    assertThat(
            FreePorts.isPortCollision(
                new IllegalStateException(
                    "start failed", new KafkaException("bind", new BindException("in use")))))
        .isTrue();
    assertThat(FreePorts.isPortCollision(new IllegalStateException("no broker"))).isFalse();
    assertThat(FreePorts.isPortCollision(new IOException("Address already in use"))).isFalse();
  }

  @Test
  void aFailedStartIsACollisionWhenOneOfItsPortsIsTakenNow() throws Exception {
    RuntimeException halted = new IllegalStateException("Kafka asked to halt the JVM");
    int free = FreePorts.pick();
    try (ServerSocket stranger = listenOn(0)) {
      RuntimeException thrown = FreePorts.collisionOr(halted, free, stranger.getLocalPort());

      assertThat(FreePorts.isPortCollision(thrown)).isTrue();
      assertThat(thrown).hasMessageContaining("port " + stranger.getLocalPort() + " taken");
      assertThat(thrown.getSuppressed()).containsExactly(halted);
    }
    assertThat(FreePorts.collisionOr(halted, free)).isSameAs(halted);
  }

  private static ServerSocket listenOn(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    try {
      socket.bind(new InetSocketAddress(LOOPBACK, port));
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private static void close(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
