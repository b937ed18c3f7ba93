package org.newsline.enrich.engine;

import org.newsline.model.RawArticle;

/**
 * Finds the entities, figures and dates of one article. Implementations are thread-safe and loaded
 * once; {@link #enrich} never returns null and throws {@link ArticleTooLargeException} for input
 * over the size limit.
 */
public interface EnrichmentEngine {

  /** Enriches {@code raw}; never modifies it. */
  EnrichmentResult enrich(RawArticle raw);
}
