package org.newsline.localstack;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB wire-protocol stand-in ({@code mongo-java-server}) on a fixed port (or one the system
 * gives it: port 0, read back from the bound socket), persisting to an H2 file so data survives a
 * restart, and a crash: every command that changed data is on the disk before its reply is sent
 * ({@link DurableH2Backend}). For trying the platform only: production uses MongoDB. It lacks
 * {@code $text} search, transactions, change streams and the Stable API handshake.
 */
public final class LocalMongo implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LocalMongo.class);

  private final Path file;
  private final String host;
  private final int port;
  private int boundPort;
  private MongoServer server;

  /**
   * @param dataDir directory of the H2 file (created if missing)
   * @param host address to bind, normally {@code 127.0.0.1}
   * @param port port to bind; 0 lets the system choose one at each start (tests: no port picked,
   *     released and bound later), read back by {@link #connectionString()}
   */
  public LocalMongo(Path dataDir, String host, int port) {
    this.file = dataDir.toAbsolutePath().resolve("newsline.mv");
    this.host = host;
    this.port = port;
    this.boundPort = port;
  }

  /**
   * {@code mongodb://host:port}, without a database; with port 0, the port bound by the latest
   * start.
   */
  public synchronized String connectionString() {
    return "mongodb://" + host + ":" + boundPort;
  }

  /** Opens the file and starts serving. */
  public synchronized void start() {
    if (server != null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server = new MongoServer(DurableH2Backend.open(file.toString()));
    server.bind(host, port);
    boundPort = server.getLocalAddress().getPort();
    log.info("MongoDB stand-in ready on {} (data: {})", connectionString(), file);
  }

  /** Stops serving and closes the file; its data stays on disk. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    server.shutdown();
    server = null;
    log.info("MongoDB stand-in on {} stopped", connectionString());
  }

  /** True between {@link #start} and {@link #stop}. */
  public synchronized boolean isRunning() {
    return server != null;
  }

  @Override
  public void close() {
    stop();
  }
}
