package org.newsline.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link RawArticle} with the entities, figures and dates the enrich service found in it.
 * Published to {@link Topics#ARTICLES_ENRICHED}, keyed by {@link #id()}. Every {@link RawArticle}
 * field is carried unchanged but {@code language}: the client's (its primary subtag, lower case),
 * else the one the enrich service detected, else null.
 *
 * <p>Schema: {@code schemas/enriched-article.schema.json}.
 */
public record EnrichedArticle(
    int schemaVersion,
    String id,
    String source,
    String url,
    String title,
    String body,
    String language,
    Instant publishedAt,
    Instant receivedAt,
    String contentHash,
    List<String> removedLines,
    Map<String, String> metadata,
    Instant enrichedAt,
    Enrichment enrichment,
    List<Entity> entities,
    List<Figure> figures,
    List<DateMention> dates) {

  public static final int CURRENT_SCHEMA_VERSION = 1;

  public EnrichedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(enrichedAt, "enrichedAt");
    Objects.requireNonNull(enrichment, "enrichment");
    title = title == null ? "" : title;
    removedLines = removedLines == null ? List.of() : List.copyOf(removedLines);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    entities = entities == null ? List.of() : List.copyOf(entities);
    figures = figures == null ? List.of() : List.copyOf(figures);
    dates = dates == null ? List.of() : List.copyOf(dates);
  }

  /** The enriched form of {@code raw}: every raw field carried over unchanged. */
  public static EnrichedArticle of(
      RawArticle raw,
      Instant enrichedAt,
      Enrichment enrichment,
      List<Entity> entities,
      List<Figure> figures,
      List<DateMention> dates) {
    return new EnrichedArticle(
        CURRENT_SCHEMA_VERSION,
        raw.id(),
        raw.source(),
        raw.url(),
        raw.title(),
        raw.body(),
        raw.language(),
        raw.publishedAt(),
        raw.receivedAt(),
        raw.contentHash(),
        raw.removedLines(),
        raw.metadata(),
        enrichedAt,
        enrichment,
        entities,
        figures,
        dates);
  }

  /** The raw article this enriched one was made from. */
  public RawArticle raw() {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        id,
        source,
        url,
        title,
        body,
        language,
        publishedAt,
        receivedAt,
        contentHash,
        removedLines,
        metadata);
  }
}
