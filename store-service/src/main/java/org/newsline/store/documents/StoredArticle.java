package org.newsline.store.documents;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsline.model.DateMention;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Enrichment;
import org.newsline.model.Entity;
import org.newsline.model.Figure;

/**
 * A stored article as the API returns it: the {@link EnrichedArticle} fields plus {@code storedAt}.
 * Timestamps are at millisecond precision (BSON dates). {@code body} is absent from summaries.
 */
@Schema(description = "A stored article: the EnrichedArticle fields plus storedAt.")
public record StoredArticle(
    int schemaVersion,
    String id,
    String source,
    String url,
    String title,
    @Schema(description = "Absent from list summaries unless fields=full.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
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
    List<DateMention> dates,
    @Schema(description = "When the store wrote this version.") Instant storedAt,
    @Schema(
            description =
                "Earlier contents of this article, oldest first (a correction sent under the same"
                    + " id replaced each): when it arrived, its content hash and size, when it was"
                    + " replaced. A re-enrichment of the same content adds none.")
        List<Revision> revisions) {

  public StoredArticle {
    revisions = revisions == null ? List.of() : List.copyOf(revisions);
  }

  /** The enriched article this was stored from; needs the body. */
  public EnrichedArticle toEnrichedArticle() {
    return new EnrichedArticle(
        schemaVersion,
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
        metadata,
        enrichedAt,
        enrichment,
        entities,
        figures,
        dates);
  }
}
