package org.newsline.store.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.newsline.model.Direction;
import org.newsline.model.EntityType;
import org.newsline.model.FigureKind;
import org.newsline.model.Qualifier;
import org.newsline.store.documents.StoredArticle;

/** The query API's response bodies. */
final class QueryViews {

  private QueryViews() {}

  @Schema(description = "One page of articles, newest first.")
  record ArticlePage(
      List<StoredArticle> items,
      @Schema(
              description = "Pass as 'cursor' to get the next page; null on the last page. Opaque.",
              nullable = true)
          String nextCursor) {}

  @Schema(description = "How often an entity was mentioned over the period.")
  record EntityCount(
      String name,
      EntityType type,
      @Schema(description = "Articles that mention it") long articles,
      @Schema(description = "Mentions over all those articles") long mentions) {}

  record EntityCounts(List<EntityCount> items) {}

  @Schema(description = "A figure as one article reported it.")
  record FigureReport(
      String articleId,
      String source,
      @Schema(nullable = true) Instant publishedAt,
      String text,
      FigureKind kind,
      Qualifier qualifier,
      double value,
      double low,
      double high,
      @Schema(nullable = true, description = "As written") String unit,
      @Schema(
              nullable = true,
              description =
                  "Canonical unit: ISO 4217 code, a unit's catalogue name, percent, or a count's"
                      + " noun as a lower-case lemma")
          String unitNormalized,
      @Schema(nullable = true, description = "UP / DOWN where the text reports a change")
          Direction direction) {}

  @Schema(description = "Figures, newest articles first.")
  record FigureReports(
      List<FigureReport> items,
      @Schema(
              description =
                  "True when the answer was cut short: the server read its most articles per"
                      + " response (newsline.store.query.max-scanned-articles) before it found"
                      + " 'limit' figures, and more matching articles exist that it did not read."
                      + " Narrow the period (from/to) or add unit or entity to see them. False"
                      + " when every matching article was read or 'limit' figures were found.")
          boolean truncated) {}
}
