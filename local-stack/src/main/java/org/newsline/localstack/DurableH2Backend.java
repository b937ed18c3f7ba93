package org.newsline.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stand-in's H2 backend made durable: a command that changed data is written to the file, and
 * the file forced to the disk, before its reply leaves, so a write the store was told succeeded
 * survives a crash of the process (and of the machine). {@code mongo-java-server}'s own {@code new
 * H2Backend(file)} opens the MVStore with H2's default of committing in the background about once a
 * second: a write acknowledged in that second lives only in memory, the store commits its Kafka
 * offsets past it, and a SIGKILL then loses it for good.
 *
 * <p>The store is opened with auto-commit off, so the file only ever holds the state between two
 * commands, never a command half done (the background commit of H2 could fall in the middle of a
 * bulk write): commands run concurrently under the shared side of a lock, and each commit takes the
 * exclusive side. What the background thread also did, rewriting sparse chunks so the file does not
 * grow without end, runs here every {@link #MAINTENANCE_SECONDS} seconds, under the same lock.
 */
final class DurableH2Backend extends H2Backend {

  static final int MAINTENANCE_SECONDS = 30;

  private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

  /** H2's own threshold for rewriting a chunk (its background thread's default). */
  private static final int TARGET_FILL_RATE = 90;

  private static final int MAINTENANCE_WRITE_BYTES = 16 << 20;

  private final MVStore store;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final ScheduledExecutorService maintenance =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "mongo-stand-in-maintenance");
            thread.setDaemon(true);
            return thread;
          });

  private DurableH2Backend(MVStore store) {
    super(store);
    this.store = store;
    maintenance.scheduleWithFixedDelay(
        this::compact, MAINTENANCE_SECONDS, MAINTENANCE_SECONDS, TimeUnit.SECONDS);
  }

  /** Opens (or creates) the H2 file {@code fileName}. */
  static DurableH2Backend open(String fileName) {
    return new DurableH2Backend(
        new MVStore.Builder().fileName(fileName).autoCommitDisabled().open());
  }

  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    lock.readLock().lock();
    try {
      return super.handleCommand(channel, databaseName, command, query);
    } finally {
      lock.readLock().unlock();
      // Also after a command that failed half-way: what it did change is in memory and is served.
      commitIfChanged();
    }
  }

  /** Writes every change so far to the file and forces it to the disk. */
  private void commitIfChanged() {
    if (!store.hasUnsavedChanges()) {
      return;
    }
    lock.writeLock().lock();
    try {
      if (!store.isClosed() && store.hasUnsavedChanges()) {
        store.commit();
        store.sync();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void compact() {
    lock.writeLock().lock();
    try {
      if (!store.isClosed()) {
        store.compact(TARGET_FILL_RATE, MAINTENANCE_WRITE_BYTES);
        store.commit();
        store.sync();
      }
    } catch (RuntimeException e) {
      // The next round tries again; the data is safe either way (this only reclaims space).
      log.warn("MongoDB stand-in: compacting {} failed: {}", this, e.toString());
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void close() {
    maintenance.shutdownNow();
    lock.writeLock().lock();
    try {
      super.close(); // MVStore.close() commits what is left
    } finally {
      lock.writeLock().unlock();
    }
  }
}
