package org.newsline.enrich.engine;

import java.time.Instant;
import java.util.List;
import org.newsline.model.DateMention;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Enrichment;
import org.newsline.model.Entity;
import org.newsline.model.Figure;
import org.newsline.model.RawArticle;

/**
 * What the engine found in one article.
 *
 * @param enrichment engine, versions and whether the result is partial
 * @param entities merged entities, title mentions first
 * @param figures figures in document order
 * @param dates dates in document order
 * @param tokens number of tokens annotated
 */
public record EnrichmentResult(
    Enrichment enrichment,
    List<Entity> entities,
    List<Figure> figures,
    List<DateMention> dates,
    int tokens) {

  public EnrichmentResult {
    entities = List.copyOf(entities);
    figures = List.copyOf(figures);
    dates = List.copyOf(dates);
  }

  /** The enriched event for {@code raw}. */
  public EnrichedArticle toArticle(RawArticle raw, Instant enrichedAt) {
    return EnrichedArticle.of(raw, enrichedAt, enrichment, entities, figures, dates);
  }
}
