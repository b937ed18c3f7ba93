package org.newsline.enrich.engine;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.newsline.model.RawArticle;

/**
 * Engines for concurrent callers, one caller per engine at a time: each call borrows an idle engine
 * and returns it afterwards. With as many engines as consumer threads, each thread always finds one
 * idle, so every thread works with a pipeline of its own and no call waits. A caller beyond that
 * waits for an engine to come back (and is not cut short by an interrupt: an interrupted wait must
 * not look like an engine failure, which would dead-letter the article).
 */
public final class EnginePool implements EnrichmentEngine {

  private final BlockingQueue<EnrichmentEngine> idle;
  private final int size;

  public EnginePool(List<? extends EnrichmentEngine> engines) {
    if (engines.isEmpty()) {
      throw new IllegalArgumentException("an engine pool needs at least one engine");
    }
    this.size = engines.size();
    this.idle = new ArrayBlockingQueue<>(size, false, engines);
  }

  /** How many engines the pool holds. */
  public int size() {
    return size;
  }

  @Override
  public EnrichmentResult enrich(RawArticle raw) {
    EnrichmentEngine engine = borrow();
    try {
      return engine.enrich(raw);
    } finally {
      idle.add(engine);
    }
  }

  private EnrichmentEngine borrow() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return idle.take();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
