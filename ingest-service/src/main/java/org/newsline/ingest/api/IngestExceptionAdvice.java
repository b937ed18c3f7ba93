package org.newsline.ingest.api;

import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.metrics.IngestMetrics;
import org.newsline.ingest.metrics.RejectReason;
import org.newsline.ingest.ratelimit.RateLimitedException;
import org.newsline.ingest.validation.InvalidArticleException;
import org.newsline.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The ingest service's own errors as problem+json; everything else goes to web-support's handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IngestExceptionAdvice {

  private final IngestMetrics metrics;
  private final IngestProperties properties;

  IngestExceptionAdvice(IngestMetrics metrics, IngestProperties properties) {
    this.metrics = metrics;
    this.properties = properties;
  }

  @ExceptionHandler(InvalidArticleException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidArticleException e) {
    metrics.rejected(null, RejectReason.ofField(e.violations().get(0).field()));
    ProblemDetail problem =
        Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "The article is invalid: " + e.getMessage());
    problem.setProperty("errors", OutcomeViews.errors(e.violations()));
    return respond(HttpStatus.UNPROCESSABLE_CONTENT, problem);
  }

  @ExceptionHandler(MalformedRequestException.class)
  ResponseEntity<ProblemDetail> malformed(MalformedRequestException e) {
    metrics.rejected(null, RejectReason.MALFORMED);
    return respond(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, e.getMessage()));
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
    metrics.rejected(null, RejectReason.TOO_LARGE);
    return respond(
        HttpStatus.CONTENT_TOO_LARGE, Problems.of(HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
  }

  @ExceptionHandler(RejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RejectedException e) {
    HttpStatus status = HttpStatus.valueOf(e.rejected().status());
    ResponseEntity.BodyBuilder builder =
        ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      builder.header(
          HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, properties.retryAfter().toSeconds())));
    }
    return builder.body(OutcomeViews.problem(e.rejected()));
  }

  @ExceptionHandler(RateLimitedException.class)
  ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .body(
            Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests for this API key; retry after "
                    + e.retryAfterSeconds()
                    + " s."));
  }

  private static ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail problem) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
