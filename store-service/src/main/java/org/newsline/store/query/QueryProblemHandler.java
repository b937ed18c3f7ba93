package org.newsline.store.query;

import java.util.List;
import java.util.Map;
import org.newsline.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** problem+json for the query API's own errors. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblemHandler {

  @ExceptionHandler(BadParameterException.class)
  ProblemDetail badParameter(BadParameterException e) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setProperty("parameter", e.parameter());
    problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "rule", e.getMessage())));
    return problem;
  }

  @ExceptionHandler(ArticleNotFoundException.class)
  ProblemDetail notFound(ArticleNotFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
  }
}
