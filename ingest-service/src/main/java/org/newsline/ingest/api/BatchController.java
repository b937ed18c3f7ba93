package org.newsline.ingest.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.intake.IngestService;
import org.newsline.ingest.intake.IntakeOutcome;
import org.newsline.ingest.metrics.RejectReason;
import org.newsline.ingest.validation.InvalidArticleException;
import org.newsline.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/articles/batch}: many articles as NDJSON (read line by line from the request
 * stream) or as a JSON array (read element by element). Good items are sent as they are read and
 * all acknowledgements awaited before answering, so the answer never reports an article accepted
 * that Kafka has not acknowledged. A bad item is rejected alone.
 */
@RestController
@RequestMapping(path = "/api/v1/articles/batch", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "articles")
class BatchController {

  static final String NDJSON = "application/x-ndjson";

  private final IngestService service;
  private final IngestProperties properties;

  BatchController(IngestService service, IngestProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @Operation(
      summary = "Ingest many articles",
      description =
          "One result per item, in order: accepted (with partition and offset, after Kafka's"
              + " acknowledgement), duplicate, or rejected (with the status a single request would"
              + " get and its problem). Answers 200 when the batch was read to the end; 413 with"
              + " the results so far when it exceeds max-batch-items or max-batch-size; 503 with"
              + " Retry-After when Kafka took none of its articles.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = NDJSON,
                    schema =
                        @Schema(type = "string", description = "one Article JSON object per line"),
                    examples =
                        @ExampleObject(name = "ndjson", value = IngestApiExamples.BATCH_NDJSON)),
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "array", implementation = ArticleJson.class),
                    examples = @ExampleObject(name = "array", value = IngestApiExamples.BATCH_JSON))
              }))
  @ApiResponse(
      responseCode = "200",
      description = "Every item read; one result each",
      content =
          @Content(
              schema = @Schema(implementation = BatchResponse.class),
              examples = @ExampleObject(name = "mixed", value = IngestApiExamples.BATCH_RESULT)))
  @ApiResponse(
      responseCode = "400",
      description = "A JSON array batch that is not valid JSON",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "413",
      description = "Over max-batch-items or max-batch-size; results holds the items processed",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "415",
      description = "Neither NDJSON nor JSON",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
  @ApiResponse(
      responseCode = "429",
      description = "Over the key's rate",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              examples =
                  @ExampleObject(name = "rate-limited", value = IngestApiExamples.RATE_LIMITED)))
  @ApiResponse(
      responseCode = "503",
      description = "Kafka took none of the articles; results per item, see Retry-After",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
  @PostMapping(consumes = NDJSON)
  ResponseEntity<?> postNdjson(HttpServletRequest request) throws IOException {
    checkDeclaredLength(request);
    IngestService.Batch batch = service.batch();
    String overLimit = null;
    NdjsonLines lines =
        new NdjsonLines(
            request.getInputStream(),
            properties.maxArticleSize().toBytes(),
            properties.maxBatchSize().toBytes());
    try {
      NdjsonLines.Line line;
      while ((line = lines.next()) != null) {
        if (line.blank()) {
          continue;
        }
        if (batch.size() >= properties.maxBatchItems()) {
          overLimit = itemsOverLimit();
          break;
        }
        if (line.tooLong()) {
          batch.addUnreadable(tooLong(line.size()));
          continue;
        }
        try {
          batch.add(JsonArticles.parse(line.bytes()), line.size());
        } catch (MalformedRequestException e) {
          batch.addUnreadable(malformed("Line " + line.number() + ": " + e.getMessage()));
        } catch (InvalidArticleException e) {
          batch.addUnreadable(invalid(e));
        }
      }
    } catch (PayloadTooLargeException e) {
      overLimit = e.getMessage();
    }
    return respond(batch.finish(), overLimit);
  }

  // Documented with postNdjson: springdoc merges operations on one path and method.
  @Operation(hidden = true)
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> postJsonArray(HttpServletRequest request) throws IOException {
    checkDeclaredLength(request);
    IngestService.Batch batch = service.batch();
    String overLimit = null;
    String malformed = null;
    long maxItem = properties.maxArticleSize().toBytes();
    try (JsonArrayItems items =
        new JsonArrayItems(request.getInputStream(), properties.maxBatchSize().toBytes())) {
      while (items.hasNext()) {
        if (batch.size() >= properties.maxBatchItems()) {
          overLimit = itemsOverLimit();
          break;
        }
        JsonArrayItems.Item item = items.next();
        JsonNode node = item.node();
        long size = item.size();
        if (size > maxItem) {
          batch.addUnreadable(tooLong(size));
          continue;
        }
        try {
          batch.add(JsonArticles.fromNode(node), size);
        } catch (MalformedRequestException e) {
          batch.addUnreadable(malformed("Item " + batch.size() + ": " + e.getMessage()));
        } catch (InvalidArticleException e) {
          batch.addUnreadable(invalid(e));
        }
      }
    } catch (PayloadTooLargeException e) {
      overLimit = e.getMessage();
    } catch (JacksonException e) {
      malformed = "The body is not valid JSON: " + JsonArticles.brief(e);
    } catch (MalformedRequestException e) {
      malformed = e.getMessage();
    }
    List<IntakeOutcome> outcomes = batch.finish();
    if (malformed != null) {
      if (outcomes.isEmpty()) {
        throw new MalformedRequestException(malformed);
      }
      return problem(
          HttpStatus.BAD_REQUEST,
          malformed + " Items before the error were processed; see results.",
          outcomes);
    }
    return respond(outcomes, overLimit);
  }

  private ResponseEntity<?> respond(List<IntakeOutcome> outcomes, String overLimit) {
    if (overLimit != null) {
      return problem(
          HttpStatus.CONTENT_TOO_LARGE,
          overLimit + " Items before the limit were processed; see results.",
          outcomes);
    }
    List<ItemResult> results = results(outcomes);
    BatchResponse response = BatchResponse.of(results);
    boolean unavailable =
        outcomes.stream().anyMatch(o -> o instanceof IntakeOutcome.Rejected r && r.status() == 503);
    if (unavailable && response.accepted() == 0) {
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Kafka did not acknowledge the articles in time; none was accepted, send them again later.",
          outcomes);
    }
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
    if (unavailable) {
      ok.header(HttpHeaders.RETRY_AFTER, retryAfter());
    }
    return ok.body(response);
  }

  private ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String detail, List<IntakeOutcome> outcomes) {
    ProblemDetail problem = Problems.of(status, detail);
    BatchResponse response = BatchResponse.of(results(outcomes));
    problem.setProperty("accepted", response.accepted());
    problem.setProperty("duplicate", response.duplicate());
    problem.setProperty("rejected", response.rejected());
    problem.setProperty("results", response.results());
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      builder.header(HttpHeaders.RETRY_AFTER, retryAfter());
    }
    return builder.body(problem);
  }

  private static List<ItemResult> results(List<IntakeOutcome> outcomes) {
    List<ItemResult> results = new ArrayList<>(outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      results.add(OutcomeViews.item(i, outcomes.get(i)));
    }
    return results;
  }

  private void checkDeclaredLength(HttpServletRequest request) {
    if (request.getContentLengthLong() > properties.maxBatchSize().toBytes()) {
      throw Bodies.tooLarge("The batch", properties.maxBatchSize().toBytes());
    }
  }

  private String itemsOverLimit() {
    return "The batch has more than "
        + properties.maxBatchItems()
        + " items (newsline.ingest.max-batch-items).";
  }

  private String retryAfter() {
    return Long.toString(Math.max(1, properties.retryAfter().toSeconds()));
  }

  private IntakeOutcome.Rejected tooLong(long size) {
    return new IntakeOutcome.Rejected(
        null,
        413,
        RejectReason.TOO_LARGE,
        "The item has "
            + size
            + " bytes, more than the limit of "
            + properties.maxArticleSize().toBytes()
            + " (newsline.ingest.max-article-size).",
        List.of());
  }

  private static IntakeOutcome.Rejected malformed(String detail) {
    return new IntakeOutcome.Rejected(null, 400, RejectReason.MALFORMED, detail, List.of());
  }

  private static IntakeOutcome.Rejected invalid(InvalidArticleException e) {
    return new IntakeOutcome.Rejected(
        null,
        422,
        RejectReason.ofField(e.violations().get(0).field()),
        "The article is invalid: " + e.getMessage(),
        e.violations());
  }
}
