package org.newsline.store.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsline.model.Direction;
import org.newsline.model.FigureKind;
import org.newsline.store.StoreProperties;
import org.newsline.store.query.QueryViews.EntityCounts;
import org.newsline.store.query.QueryViews.FigureReports;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Across articles: the most-mentioned entities, and the figures different sources reported. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "insights", description = "Entities and figures across articles")
class InsightsController {

  private final ArticleQueries queries;
  private final QueryParameters parameters;

  InsightsController(ArticleQueries queries, StoreProperties store) {
    this.queries = queries;
    this.parameters = new QueryParameters(store.query());
  }

  @GetMapping("/entities")
  @Operation(
      summary = "Most-mentioned entities",
      description =
          "Entities, by their canonical name (\"EU\" and \"European Union\" are one), ranked by"
              + " the number of articles mentioning them over the period (by publication time,"
              + " arrival time when unknown), then by mentions.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(
                    mediaType = "application/json",
                    examples = @ExampleObject(name = "entities", value = ApiExamples.ENTITIES))),
        @ApiResponse(
            responseCode = "400",
            description = "A bad parameter, named in the problem",
            content =
                @Content(
                    mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT)))
      })
  EntityCounts entities(
      @Parameter(description = "PERSON, ORGANIZATION, LOCATION or MISC", example = "LOCATION")
          @RequestParam(required = false)
          String type,
      @Parameter(description = "From this time (inclusive)", example = "2024-11-01")
          @RequestParam(required = false)
          String from,
      @Parameter(description = QueryParameters.TO_DESCRIPTION, example = "2025-12-31T00:00:00Z")
          @RequestParam(required = false)
          String to,
      @Parameter(
              description = "How many, 1 to 200, default 20",
              example = "10",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "20"))
          @RequestParam(required = false)
          String limit) {
    return new EntityCounts(
        queries.topEntities(
            parameters.type(type), parameters.period(from, to), parameters.limit(limit)));
  }

  @GetMapping("/figures")
  @Operation(
      summary = "Figures as each article reported them",
      description =
          "Figures of the given unit (as written: case-insensitive, matched literally; or"
              + " normalised), kind and direction, each condition holding for the figure itself,"
              + " in articles that mention the entity, newest articles first, so that what different sources"
              + " reported can be compared. One response reads at most"
              + " newsline.store.query.max-scanned-articles matching articles (default 2000);"
              + " when it stopped there short of 'limit' figures while more matching articles"
              + " exist, 'truncated' is true: narrow the period (from/to) or add unit or entity.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = FigureReports.class),
                    examples = @ExampleObject(name = "figures", value = ApiExamples.FIGURES))),
        @ApiResponse(
            responseCode = "400",
            description = "A bad parameter, named in the problem",
            content =
                @Content(
                    mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT)))
      })
  FigureReports figures(
      @Parameter(description = "Unit as written, any case (\"dock workers\", \"percent\", \"EUR\")")
          @RequestParam(required = false)
          String unit,
      @Parameter(
              description =
                  "Canonical unit: an ISO 4217 code for money (USD, GBP), percent,"
                      + " percentage_point, basis_point, a unit of measure's name (kilometre),"
                      + " or a count's noun in the singular (worker)",
              example = "worker")
          @RequestParam(required = false)
          String unitNormalized,
      @Parameter(
              description = "COUNT, PERCENT, MONEY or MEASURE, any case",
              schema =
                  @Schema(
                      type = "string",
                      allowableValues = {"COUNT", "PERCENT", "MONEY", "MEASURE"}))
          @RequestParam(required = false)
          String kind,
      @Parameter(
              description = "UP or DOWN: the change the text reports, any case",
              schema =
                  @Schema(
                      type = "string",
                      allowableValues = {"UP", "DOWN"}))
          @RequestParam(required = false)
          String direction,
      @Parameter(
              description =
                  "Only articles mentioning this entity (its whole name or canonical name, any case,"
                      + " accents or not)",
              example = "England")
          @RequestParam(required = false)
          String entity,
      @Parameter(description = "From this time (inclusive)", example = "2025-01-01")
          @RequestParam(required = false)
          String from,
      @Parameter(description = QueryParameters.TO_DESCRIPTION, example = "2025-12-31")
          @RequestParam(required = false)
          String to,
      @Parameter(
              description = "How many figures, 1 to 200, default 20",
              example = "50",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "20"))
          @RequestParam(required = false)
          String limit) {
    return queries.figures(
        new FigureFilter(
            parameters.text("unit", unit),
            parameters.text("unitNormalized", unitNormalized),
            parameters.oneOf("kind", kind, FigureKind.class),
            parameters.oneOf("direction", direction, Direction.class)),
        parameters.text("entity", entity),
        parameters.period(from, to),
        parameters.limit(limit));
  }
}
