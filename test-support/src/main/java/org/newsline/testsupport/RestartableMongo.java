package org.newsline.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

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
    InetSocketAddress address = server.bind();
    port = address.getPort();
  }

  /** A running stand-in on a free port. */
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

  /** Starts listening again on the same port, with the data it had when stopped. */
  public synchronized void restart() {
    if (server == null) {
      MongoServer restarted = new MongoServer(backend);
      restarted.bind(HOST, port);
      server = restarted;
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
