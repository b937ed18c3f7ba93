package org.newsline.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * A MongoDB stand-in of its own that a test can stop and start again on the same port, its data
 * kept, to simulate a database outage (connections refused while stopped, open connections
 * dropped). Unlike {@link EmbeddedInfrastructure}'s shared server, each instance belongs to one
 * test class: {@link #close()} it when done.
 */
public final class RestartableMongo implements AutoCloseable {

  private static final String HOST = "127.0.0.1";

  private final SurvivingMemoryBackend backend = new SurvivingMemoryBackend();
  private final int port;
  private MongoServer server;

  private RestartableMongo() {
    server = new MongoServer(backend);
    // Port 0: the server takes whatever port is free and says which, so no other server can take
    // it between a choice and the bind.
    server.bind(HOST, 0);
    InetSocketAddress address = server.getLocalAddress();
    port = address.getPort();
  }

  /** A running stand-in on a port of its own (bound as port 0, so it never collides). */
  public static RestartableMongo start() {
    return new RestartableMongo();
  }

  /** {@code mongodb://127.0.0.1:<port>}, the same before and after a restart. */
  public String connectionString() {
    return "mongodb://" + HOST + ":" + port;
  }

  /** True while the server accepts connections. */
  public synchronized boolean running() {
    return server != null;
  }

  /** Stops listening and drops every open connection; the data is kept. */
  public synchronized void stop() {
    if (server != null) {
      server.shutdownNow();
      server = null;
    }
  }

  /**
   * Starts listening again on the same port, with the data it had when stopped. Clients hold the
   * address, so it must be that port: while it is still taken (a connection of the stopped server
   * lingering, say), the bind is tried again for up to {@link FreePorts#REBIND_WITHIN}, which is
   * safe because the port was this server's a moment ago.
   *
   * @throws IllegalStateException when the port is still taken after that
   */
  public void restart() {
    restart(FreePorts.REBIND_WITHIN);
  }

  /** As {@link #restart()}, trying for at most {@code within}. */
  synchronized void restart(Duration within) {
    if (server == null) {
      server =
          FreePorts.rebindSamePort(
              port,
              within,
              () -> {
                MongoServer restarted = new MongoServer(backend);
                try {
                  restarted.bind(HOST, port);
                  return restarted;
                } catch (RuntimeException e) {
                  restarted.shutdownNow();
                  throw e;
                }
              });
    }
  }

  /** Stops the server and discards its data. */
  @Override
  public synchronized void close() {
    stop();
    backend.discard();
  }

  /** An in-memory backend that the server's shutdown does not empty. */
  private static final class SurvivingMemoryBackend extends MemoryBackend {
    @Override
    public void close() {
      // Called by MongoServer.shutdownNow(): keep the databases for the restart.
    }

    void discard() {
      super.close();
    }
  }
}
