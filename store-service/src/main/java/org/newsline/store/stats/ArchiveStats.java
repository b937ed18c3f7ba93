package org.newsline.store.stats;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.newsline.store.documents.ArticleFields;
import org.newsline.store.documents.PipelineVersions;
import org.springframework.stereotype.Component;

/**
 * How many stored articles each pipeline version enriched: what an operator reads before and after
 * a re-enrichment (replay) to see it through. One {@code $group} over the collection (every
 * document is read: there is no index to answer it, so it costs about as much as a full scan).
 */
@Component
class ArchiveStats {

  private final MongoCollection<Document> articles;

  ArchiveStats(MongoCollection<Document> articlesCollection) {
    this.articles = articlesCollection;
  }

  @Schema(description = "Stored articles by the pipeline version that enriched them.")
  record Stats(
      @Schema(description = "Stored articles") long articles,
      @Schema(description = "By pipeline version, the highest first")
          List<VersionCount> pipelineVersions) {}

  @Schema(description = "Articles enriched by one pipeline version.")
  record VersionCount(String pipelineVersion, long articles) {}

  /** By the version's numbers, the highest first; documents without a version last. */
  private static final Comparator<VersionCount> HIGHEST_FIRST =
      Comparator.comparing(
          VersionCount::pipelineVersion,
          Comparator.nullsLast(Comparator.comparing(PipelineVersions::key).reversed()));

  Stats read() {
    List<VersionCount> versions = new ArrayList<>();
    long total = 0;
    for (Document group :
        articles.aggregate(
            List.of(
                Aggregates.group(
                    "$" + ArticleFields.PIPELINE_VERSION, Accumulators.sum("articles", 1))))) {
      Object version = group.get("_id");
      long count = ((Number) group.get("articles")).longValue();
      versions.add(new VersionCount(version == null ? null : version.toString(), count));
      total += count;
    }
    versions.sort(HIGHEST_FIRST);
    return new Stats(total, versions);
  }
}
