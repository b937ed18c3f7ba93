package org.newsline.ingest.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.cleaning.HtmlText;
import org.newsline.ingest.intake.IngestService;
import org.newsline.ingest.intake.IntakeOutcome;
import org.newsline.ingest.validation.ArticleRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/articles}: one article as JSON, plain text or HTML. */
@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "articles", description = "Send articles to be cleaned and published")
class ArticleController {

  private final IngestService service;
  private final IngestProperties properties;

  ArticleController(IngestService service, IngestProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @Operation(
      summary = "Ingest one article (JSON, plain text or HTML)",
      description =
          "Validates, normalises and cleans the article and publishes it to articles.raw. Answers"
              + " 202 only after Kafka acknowledged the write; 200 'duplicate' when the same id"
              + " and content were published recently. text/plain: the first non-empty line that"
              + " is not site chrome is the title, the rest the body. text/html: converted with"
              + " jsoup (scripts, styles, nav, header, footer and aside dropped; paragraphs and"
              + " headings kept); the title is the first h1, else the title element; url,"
              + " publishedAt and language default to the canonical link, article:published_time"
              + " and the lang attribute. Query parameters apply to text and HTML only.",
      parameters = {
        @Parameter(
            name = "id",
            in = ParameterIn.QUERY,
            description = "Article id (text/HTML)",
            example = "coast-2025-0418-harbour"),
        @Parameter(
            name = "source",
            in = ParameterIn.QUERY,
            description = "Outlet or feed name (text/HTML)",
            example = "Coast Gazette"),
        @Parameter(
            name = "url",
            in = ParameterIn.QUERY,
            description = "Article URL (text/HTML)",
            example = "https://coast.example/news/harbour"),
        @Parameter(
            name = "publishedAt",
            in = ParameterIn.QUERY,
            description = "ISO-8601 with offset (text/HTML)",
            example = "2025-04-18T09:30:00Z"),
        @Parameter(
            name = "language",
            in = ParameterIn.QUERY,
            description = "ISO 639-1 code (text/HTML)",
            example = "en")
      },
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ArticleJson.class),
                    examples =
                        @ExampleObject(name = "article", value = IngestApiExamples.ARTICLE_JSON)),
                @Content(
                    mediaType = MediaType.TEXT_PLAIN_VALUE,
                    schema = @Schema(type = "string"),
                    examples =
                        @ExampleObject(name = "text", value = IngestApiExamples.ARTICLE_TEXT)),
                @Content(
                    mediaType = MediaType.TEXT_HTML_VALUE,
                    schema = @Schema(type = "string"),
                    examples =
                        @ExampleObject(name = "html", value = IngestApiExamples.ARTICLE_HTML))
              }))
  @ApiResponse(
      responseCode = "202",
      description = "Accepted: Kafka acknowledged the write",
      content =
          @Content(
              schema = @Schema(implementation = ArticleResponse.class),
              examples = @ExampleObject(name = "accepted", value = IngestApiExamples.ACCEPTED)))
  @ApiResponse(
      responseCode = "200",
      description = "Duplicate: published with the same content recently",
      content =
          @Content(
              schema = @Schema(implementation = ArticleResponse.class),
              examples = @ExampleObject(name = "duplicate", value = IngestApiExamples.DUPLICATE)))
  @ApiResponse(
      responseCode = "400",
      description = "Malformed JSON, or not a JSON object",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "malformed", value = IngestApiExamples.MALFORMED)))
  @ApiResponse(
      responseCode = "413",
      description = "Larger than newsline.ingest.max-article-size",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "too-large", value = IngestApiExamples.TOO_LARGE)))
  @ApiResponse(
      responseCode = "415",
      description = "Content-Type other than JSON, text or HTML",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "422",
      description = "Invalid article; errors name each field and rule",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples = @ExampleObject(name = "invalid", value = IngestApiExamples.INVALID)))
  @RateLimitedResponse
  @ApiResponse(
      responseCode = "503",
      description = "Kafka did not acknowledge in time; not accepted, see Retry-After",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "unavailable", value = IngestApiExamples.UNAVAILABLE)))
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ArticleResponse> postJson(HttpServletRequest request) throws IOException {
    byte[] body = readArticle(request);
    return answer(service.ingest(JsonArticles.parse(body), body.length));
  }

  // Documented with postJson: springdoc merges operations on one path and method.
  @Operation(hidden = true)
  @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<ArticleResponse> postText(
      HttpServletRequest request,
      @Parameter(description = "Article id", example = "coast-2025-0418-harbour")
          @RequestParam(required = false)
          String id,
      @Parameter(description = "Outlet or feed name", example = "Coast Gazette")
          @RequestParam(required = false)
          String source,
      @Parameter(description = "Article URL", example = "https://coast.example/news/harbour")
          @RequestParam(required = false)
          String url,
      @Parameter(description = "ISO-8601 with offset", example = "2025-04-18T09:30:00Z")
          @RequestParam(required = false)
          String publishedAt,
      @Parameter(description = "ISO 639-1 code", example = "en") @RequestParam(required = false)
          String language)
      throws IOException {
    byte[] body = readArticle(request);
    String text = Bodies.decode(body, request.getContentType());
    ArticleRequest article =
        new ArticleRequest(id, source, url, null, text, language, publishedAt, Map.of(), true);
    return answer(service.ingest(article, body.length));
  }

  // Documented with postJson: springdoc merges operations on one path and method.
  @Operation(hidden = true)
  @PostMapping(consumes = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<ArticleResponse> postHtml(
      HttpServletRequest request,
      @Parameter(description = "Article id") @RequestParam(required = false) String id,
      @Parameter(description = "Outlet or feed name") @RequestParam(required = false) String source,
      @Parameter(description = "Article URL; default the page's canonical link")
          @RequestParam(required = false)
          String url,
      @Parameter(description = "ISO-8601 with offset; default article:published_time")
          @RequestParam(required = false)
          String publishedAt,
      @Parameter(description = "ISO 639-1 code; default the lang attribute")
          @RequestParam(required = false)
          String language)
      throws IOException {
    byte[] body = readArticle(request);
    HtmlText.Extracted page = HtmlText.extract(Bodies.decode(body, request.getContentType()));
    ArticleRequest article =
        new ArticleRequest(
            id,
            source,
            url != null ? url : page.canonicalUrl(),
            page.title(),
            page.text(),
            language != null ? language : page.language(),
            publishedAt != null
                ? publishedAt
                : page.publishedAt() == null ? null : page.publishedAt().toString(),
            Map.of(),
            false);
    return answer(service.ingest(article, body.length));
  }

  private byte[] readArticle(HttpServletRequest request) throws IOException {
    return Bodies.read(
        request.getInputStream(),
        request.getContentLengthLong(),
        properties.maxArticleSize().toBytes(),
        "The article");
  }

  private static ResponseEntity<ArticleResponse> answer(IntakeOutcome outcome) {
    if (outcome instanceof IntakeOutcome.Accepted a) {
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(new ArticleResponse(a.id(), "accepted", a.topic(), a.partition(), a.offset()));
    }
    if (outcome instanceof IntakeOutcome.Duplicate d) {
      return ResponseEntity.ok(new ArticleResponse(d.id(), "duplicate", null, null, null));
    }
    throw new RejectedException((IntakeOutcome.Rejected) outcome);
  }
}
