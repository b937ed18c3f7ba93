package org.newsline.store.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsline.store.StoreProperties;
import org.newsline.store.documents.StoredArticle;
import org.newsline.store.query.QueryViews.ArticlePage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stored articles: one by id, or pages of them newest first. */
@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "articles", description = "Stored enriched articles")
class ArticlesController {

  private final ArticleQueries queries;
  private final QueryParameters parameters;
  private final TextSearch textSearch;

  ArticlesController(ArticleQueries queries, StoreProperties store, TextSearch textSearch) {
    this.queries = queries;
    this.parameters = new QueryParameters(store.query());
    this.textSearch = textSearch;
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "One stored article",
      description = "The EnrichedArticle fields as stored, plus storedAt.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(
                    mediaType = "application/json",
                    examples = @ExampleObject(name = "article", value = ApiExamples.ARTICLE))),
        @ApiResponse(
            responseCode = "404",
            description = "No such article",
            content =
                @Content(
                    mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND))),
        @ApiResponse(
            responseCode = "401",
            description = "No or unknown API key",
            content =
                @Content(
                    mediaType = "application/problem+json",
                    examples =
                        @ExampleObject(name = "unauthorized", value = ApiExamples.UNAUTHORIZED)))
      })
  StoredArticle article(
      @Parameter(description = "Article id", example = "sample-harbour-storm") @PathVariable
          String id) {
    String checked = parameters.articleId(id);
    return queries.byId(checked).orElseThrow(() -> new ArticleNotFoundException(checked));
  }

  @GetMapping
  @Operation(
      summary = "Articles, newest first",
      description =
          "Sorted by publication time (arrival time when unknown), then id, both descending."
              + " Follow nextCursor for the next page; there is no offset. Summaries leave out"
              + " the body unless fields=full. Every value is matched literally.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            content =
                @Content(
                    mediaType = "application/json",
                    examples = @ExampleObject(name = "page", value = ApiExamples.PAGE))),
        @ApiResponse(
            responseCode = "400",
            description = "A bad parameter, named in the problem",
            content =
                @Content(
                    mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "bad limit", value = ApiExamples.BAD_LIMIT)))
      })
  ArticlePage articles(
      @Parameter(
              description =
                  "Entity name or canonical name (\"European Union\" also finds \"EU\"): the whole"
                      + " name, in any case, with or without accents",
              example = "Rotterdam")
          @RequestParam(required = false)
          String entity,
      @Parameter(
              description = "Entity type: PERSON, ORGANIZATION, LOCATION, MISC",
              example = "LOCATION")
          @RequestParam(required = false)
          String type,
      @Parameter(description = "Source, exact", example = "Coastline Gazette")
          @RequestParam(required = false)
          String source,
      @Parameter(
              description =
                  "Language of the article, an ISO 639 code (the client's, else the detected one)",
              example = "en")
          @RequestParam(required = false)
          String language,
      @Parameter(description = "From this time (inclusive)", example = "2025-03-01T00:00:00Z")
          @RequestParam(required = false)
          String from,
      @Parameter(description = QueryParameters.TO_DESCRIPTION, example = "2025-03-31")
          @RequestParam(required = false)
          String to,
      @Parameter(
              description = "Page size, 1 to 200, default 20",
              example = "20",
              schema =
                  @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "20"))
          @RequestParam(required = false)
          String limit,
      @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false)
          String cursor,
      @Parameter(description = "summary (default, no body) or full", example = "summary")
          @RequestParam(required = false)
          String fields,
      @Parameter(
              description =
                  "Full-text search over title and body: every word and \"quoted phrase\" must"
                      + " occur (any case; on MongoDB stemmed, so storms finds storm; on the"
                      + " embedded stand-in whole words, read by a scan). At most 10 terms."
                      + " Combines with every other filter; the order stays newest first.",
              example = "harbour \"container ships\"")
          @RequestParam(required = false)
          String q) {
    String query = parameters.text("q", q);
    return queries.list(
        parameters.text("entity", entity),
        parameters.type(type),
        parameters.text("source", source),
        parameters.language(language),
        parameters.period(from, to),
        cursor == null ? null : PageCursor.decode(cursor),
        parameters.limit(limit),
        parameters.full(fields),
        query == null ? null : textSearch.filter(SearchTerms.parse(query)));
  }
}
