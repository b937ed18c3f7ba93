package org.newsline.store.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the archive holds, for operators: articles by the pipeline version that enriched them. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "stats", description = "What the archive holds")
class StatsController {

  private final ArchiveStats stats;

  StatsController(ArchiveStats stats) {
    this.stats = stats;
  }

  @GetMapping("/stats")
  @Operation(
      summary = "Stored articles by pipeline version",
      description =
          "How many stored articles each pipeline version enriched (the highest first), e.g. to"
              + " follow a re-enrichment of the archive. Reads every stored article: on a large"
              + " archive this takes as long as a full scan.")
  ArchiveStats.Stats stats() {
    return stats.read();
  }
}
