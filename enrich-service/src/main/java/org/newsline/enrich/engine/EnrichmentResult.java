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
 * @param language the article's language as the enriched event carries it (the given one, else the
 *     detected one); null to carry the raw article's unchanged
 */
public record EnrichmentResult(
    Enrichment enrichment,
    List<Entity> entities,
    List<Figure> figures,
    List<DateMention> dates,
    int tokens,
    String language) {

  public EnrichmentResult {
    entities = List.copyOf(entities);
    figures = List.copyOf(figures);
    dates = List.copyOf(dates);
  }

  /** A result that carries the raw article's language unchanged. */
  public EnrichmentResult(
      Enrichment enrichment,
      List<Entity> entities,
      List<Figure> figures,
      List<DateMention> dates,
      int tokens) {
    this(enrichment, entities, figures, dates, tokens, null);
  }

  /** The same result for an article of {@code language} (null: the raw article's). */
  public EnrichmentResult withLanguage(String language) {
    return new EnrichmentResult(enrichment, entities, figures, dates, tokens, language);
  }

  /** The enriched event for {@code raw}. */
  public EnrichedArticle toArticle(RawArticle raw, Instant enrichedAt) {
    return EnrichedArticle.of(
        withOwnLanguage(raw), enrichedAt, enrichment, entities, figures, dates);
  }

  private RawArticle withOwnLanguage(RawArticle raw) {
    if (language == null || language.equals(raw.language())) {
      return raw;
    }
    return new RawArticle(
        raw.schemaVersion(),
        raw.id(),
        raw.source(),
        raw.url(),
        raw.title(),
        raw.body(),
        language,
        raw.publishedAt(),
        raw.receivedAt(),
        raw.contentHash(),
        raw.removedLines(),
        raw.metadata());
  }
}
