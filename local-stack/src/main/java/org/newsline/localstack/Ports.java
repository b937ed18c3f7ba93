package org.newsline.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Checks that the ports the stack will bind are free, before anything starts. */
final class Ports {

  /** One port the stack needs, with the option that changes it. */
  record Need(String what, int port, String option) {}

  private Ports() {}

  /**
   * @throws PortInUseException naming every port in use and the option to change it
   */
  static void requireFree(List<Need> needs) {
    List<String> problems = new ArrayList<>();
    IOException first = null;
    for (Need need : needs) {
      IOException taken = bindFailure(need.port());
      if (taken != null) {
        first = first == null ? taken : first;
        problems.add(
            "Port "
                + need.port()
                + " ("
                + need.what()
                + ") is already in use. Stop what uses it, or choose another port with "
                + need.option()
                + "=PORT.");
      }
    }
    if (!problems.isEmpty()) {
      throw new PortInUseException(String.join(System.lineSeparator(), problems), first);
    }
  }

  static boolean isFree(int port) {
    return bindFailure(port) == null;
  }

  /** Why {@code port} cannot be bound (usually a {@link java.net.BindException}), null if free. */
  private static IOException bindFailure(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // As the servers themselves bind: connections of a previous run lingering in TIME_WAIT do
      // not make a port busy, a listening socket does.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  /**
   * A port the stack needs is taken. Its cause is the failed bind of the first such port (a {@link
   * java.net.BindException}), so that a caller that picked the ports, a test, can tell a port
   * collision from any other failure and start again on new ones.
   */
  static final class PortInUseException extends RuntimeException {
    PortInUseException(String message) {
      super(message);
    }

    PortInUseException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
