package org.newsline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ports for test servers without the race of "open a socket on port 0, read the port, close it,
 * bind it later" (issue 20): between the close and the bind anything else on the machine (another
 * stack in another JVM, an outgoing connection given that ephemeral port) can take it, and the
 * server fails with "Address already in use".
 *
 * <p>In order of preference:
 *
 * <ol>
 *   <li>Let the server bind port 0 itself and read the port it got (mongo-java-server's {@code
 *       bind()}, Spring Boot's {@code server.port=0}, a Kafka listener on port 0). Nothing here is
 *       needed then.
 *   <li>Where the port must be known before the server starts (a KRaft controller, whose address is
 *       in {@code controller.quorum.voters}; the local stack, whose classes take fixed ports),
 *       {@link #startOnFreshPorts} picks ports, starts, and on a port collision starts the whole
 *       thing again on new ports.
 *   <li>A restart that must come back on the same port (clients hold the address) uses {@link
 *       #rebindSamePort}: it retries the bind for a bounded time. That is acceptable because the
 *       port was the server's own a moment ago: what holds it is a connection of ours lingering in
 *       TIME_WAIT or the previous process still being reaped, not a stranger that keeps it.
 *   <li>A port on which nothing may answer (a broker that is down) is {@link #reserveClosed()}: a
 *       socket bound but never listening, so connections are refused and no server can take it.
 * </ol>
 */
public final class FreePorts {

  private static final Logger log = LoggerFactory.getLogger(FreePorts.class);

  /** Attempts of {@link #startOnFreshPorts} before it gives up. */
  static final int ATTEMPTS = 5;

  /** How long {@link #rebindSamePort} keeps trying by default. */
  public static final Duration REBIND_WITHIN = Duration.ofSeconds(60);

  private static final Duration REBIND_PAUSE = Duration.ofMillis(100);

  /** Every port {@link #pick()} handed out in this JVM: never handed out twice. */
  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private FreePorts() {}

  /** Starts something on ports picked for it; may fail with a port collision. */
  @FunctionalInterface
  public interface Start<T> {
    T start(int[] ports) throws Exception;
  }

  /** A bind (or a whole start) on a port that is already chosen. */
  @FunctionalInterface
  public interface Bind<T> {
    T bind() throws Exception;
  }

  /**
   * A port that was free a moment ago and that this JVM never handed out before (so two servers of
   * one JVM never get the same one). Only for servers that cannot bind 0 themselves, and only
   * through {@link #startOnFreshPorts}: another process can take it before the server binds it.
   */
  public static int pick() {
    while (true) {
      int port;
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        port = socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (HANDED_OUT.add(port)) {
        return port;
      }
    }
  }

  /**
   * Picks {@code count} ports and runs {@code start} on them; when it fails because a port was
   * taken in the meantime ({@link #isPortCollision}), picks new ones and starts again, up to
   * {@value #ATTEMPTS} times. {@code start} must clean up after itself when it fails (stop what it
   * had started), since the next attempt runs beside it.
   *
   * @throws IllegalStateException with the last collision as cause when every attempt collided; any
   *     other failure of {@code start} as it is (a checked one wrapped)
   */
  public static <T> T startOnFreshPorts(int count, Start<T> start) {
    Exception last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ports[i] = pick();
      }
      try {
        return start.start(ports);
      } catch (Exception e) {
        if (!isPortCollision(e)) {
          throw unchecked(e);
        }
        log.warn(
            "Start on ports {} collided with another server (attempt {} of {}): {}; new ports",
            Arrays.toString(ports),
            attempt,
            ATTEMPTS,
            e.toString());
        last = e;
      }
    }
    throw new IllegalStateException(
        "every one of " + ATTEMPTS + " starts on fresh ports found a port taken", last);
  }

  /** {@link #rebindSamePort(int, Duration, Bind)} within {@link #REBIND_WITHIN}. */
  public static <T> T rebindSamePort(int port, Bind<T> bind) {
    return rebindSamePort(port, REBIND_WITHIN, bind);
  }

  /**
   * Runs {@code bind} (a restart on a port the server had a moment ago), again and again while it
   * fails with a port collision, for at most {@code within}. Clients hold the address, so the
   * server must come back on the same port; the port was ours a moment ago, so what holds it is
   * something short-lived (a socket of the stopped server in TIME_WAIT, a killed process not yet
   * reaped), and waiting for it is bounded.
   *
   * @throws IllegalStateException naming the port, with the last collision as cause, when the port
   *     is still taken after {@code within}; any other failure of {@code bind} as it is
   */
  public static <T> T rebindSamePort(int port, Duration within, Bind<T> bind) {
    long deadline = System.nanoTime() + within.toNanos();
    int attempts = 0;
    while (true) {
      attempts++;
      try {
        return bind.bind();
      } catch (Exception e) {
        if (!isPortCollision(e)) {
          throw unchecked(e);
        }
        if (System.nanoTime() - deadline >= 0) {
          throw new IllegalStateException(
              "port " + port + " still in use after " + within + " (" + attempts + " attempts)", e);
        }
        if (attempts == 1) {
          log.info("Port {} is still taken; trying again for up to {}", port, within);
        }
        LockSupport.parkNanos(REBIND_PAUSE.toNanos());
        if (Thread.interrupted()) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for port " + port, e);
        }
      }
    }
  }

  /**
   * True when {@code failure} (or one of its causes) is a {@link BindException}: the server could
   * not bind because something else holds the port. Kafka's socket server, Tomcat (Spring Boot's
   * {@code PortInUseException}), Netty (mongo-java-server) and the local stack's own port check all
   * keep the {@code BindException} among the causes.
   */
  public static boolean isPortCollision(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }

  /**
   * What to throw for a start that failed on {@code ports} and has stopped what it had started: a
   * port collision (an {@link IllegalStateException} whose cause is a {@link BindException}, with
   * {@code failure} suppressed in it) when one of the ports cannot be bound now, else {@code
   * failure} itself (a checked one wrapped: mongo-java-server throws {@code BindException}
   * undeclared). For servers that do not say why they failed: a Kafka node that cannot bind a
   * listener only logs the {@code BindException} and halts ({@link KafkaHalts}). A port our own
   * stopped server left in TIME_WAIT does not count: the check binds as the servers do, with {@code
   * SO_REUSEADDR}.
   */
  public static RuntimeException collisionOr(Exception failure, int... ports) {
    if (isPortCollision(failure)) {
      return failure instanceof RuntimeException r
          ? r
          : new IllegalStateException("start failed: " + failure, failure);
    }
    for (int port : ports) {
      try (ServerSocket probe = new ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      } catch (BindException e) {
        IllegalStateException collision =
            new IllegalStateException("start failed with port " + port + " taken", e);
        collision.addSuppressed(failure);
        return collision;
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    return unchecked(failure);
  }

  /**
   * A loopback port on which nothing answers and no server can start, for as long as the returned
   * socket is open: it is bound but never listens, so a client's connection is refused, and since
   * the port stays bound nothing else can listen there (a port picked and closed could be taken by
   * any server, a real broker included).
   */
  public static ClosedPort reserveClosed() {
    Socket socket = new Socket();
    try {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return new ClosedPort(socket);
    } catch (IOException e) {
      try {
        socket.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException(e);
    }
  }

  /** A reserved port that refuses connections; {@link #close()} releases it. */
  public static final class ClosedPort implements AutoCloseable {
    private final Socket socket;

    private ClosedPort(Socket socket) {
      this.socket = socket;
    }

    public int port() {
      return socket.getLocalPort();
    }

    /** {@code 127.0.0.1:<port>} (or {@code [::1]:<port>} where the JVM prefers IPv6). */
    public String address() {
      InetAddress host = socket.getLocalAddress();
      String name = host.getHostAddress();
      return (host instanceof Inet6Address ? "[" + name + "]" : name) + ":" + port();
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static RuntimeException unchecked(Exception e) {
    if (e instanceof RuntimeException r) {
      return r;
    }
    if (e instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    return new IllegalStateException(e);
  }
}
