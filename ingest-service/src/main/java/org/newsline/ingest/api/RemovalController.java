package org.newsline.ingest.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsline.ingest.intake.IntakeOutcome;
import org.newsline.ingest.removal.ArticleRemover;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/v1/articles/{id}}: removes an article (a tombstone on articles.raw). */
@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "articles", description = "Send articles to be cleaned and published")
class RemovalController {

  private final ArticleRemover remover;

  RemovalController(ArticleRemover remover) {
    this.remover = remover;
  }

  @Operation(
      summary = "Remove an article (retraction, takedown)",
      description =
          "Writes a tombstone (the id as key, no value) to articles.raw and answers 202 only after"
              + " Kafka acknowledged it. Enrich passes it on to articles.enriched and the store"
              + " deletes the document and keeps a removal marker, so that a late, duplicated or"
              + " replayed copy of the article received before the removal is never stored again;"
              + " the same article sent again after the removal is a new submission and is stored."
              + " Ingest cannot cheaply know whether an id was ever published, so any valid id is"
              + " answered 202, an id never seen included. The id is checked as an article's id"
              + " is (newsline.ingest.id-pattern, max-id-length).")
  @ApiResponse(
      responseCode = "202",
      description = "Removal accepted: Kafka acknowledged the tombstone",
      content =
          @Content(
              schema = @Schema(implementation = ArticleResponse.class),
              examples =
                  @ExampleObject(
                      name = "removal-accepted",
                      value = IngestApiExamples.REMOVAL_ACCEPTED)))
  @ApiResponse(
      responseCode = "400",
      description = "Invalid id; errors name the field and rule",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "invalid-id", value = IngestApiExamples.INVALID_ID)))
  @RateLimitedResponse
  @ApiResponse(
      responseCode = "503",
      description = "Kafka did not acknowledge in time; not removed, see Retry-After",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(
                      name = "unavailable",
                      value = IngestApiExamples.REMOVAL_UNAVAILABLE)))
  @DeleteMapping("/{id}")
  ResponseEntity<ArticleResponse> remove(
      @Parameter(description = "Article id", example = "coast-2025-0418-harbour") @PathVariable
          String id) {
    IntakeOutcome outcome = remover.remove(id);
    if (outcome instanceof IntakeOutcome.Accepted a) {
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(
              new ArticleResponse(
                  a.id(), "removal-accepted", a.topic(), a.partition(), a.offset()));
    }
    throw new RejectedException((IntakeOutcome.Rejected) outcome);
  }
}
