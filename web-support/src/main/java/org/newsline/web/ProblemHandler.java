package org.newsline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into RFC 9457 problem+json: Spring MVC's own exceptions with their usual
 * status, bad parameters as 400 naming the parameter, and anything unexpected as a 500 that says
 * nothing of the internals (the stack trace goes to the log only). Services add handlers for their
 * own exceptions with a higher-precedence advice.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has an invalid value.");
    problem.setProperty("errors", List.of(Map.of("field", e.getName(), "rule", "type")));
    return problem;
  }

  @ExceptionHandler(UnknownParameterException.class)
  ProblemDetail unknownParameter(UnknownParameterException e) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setProperty("parameter", e.parameter());
    problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "rule", "unknown")));
    return problem;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException e) {
    List<Map<String, String>> errors =
        e.getConstraintViolations().stream()
            .map(
                v -> {
                  String path = v.getPropertyPath().toString();
                  String field = path.substring(path.lastIndexOf('.') + 1);
                  return Map.of("field", field, "rule", v.getMessage());
                })
            .toList();
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameters: " + describe(errors));
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "The server could not process the request; the error has been logged.");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected form.");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    Map.of(
                        "field",
                        f.getField(),
                        "rule",
                        f.getDefaultMessage() == null ? "invalid" : f.getDefaultMessage()))
            .toList();
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, "Invalid request: " + describe(errors));
    problem.setProperty("errors", errors);
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && HttpStatus.resolve(statusCode.value()) != null
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      problem.setType(Problems.typeOf(HttpStatus.valueOf(statusCode.value())));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static String describe(List<Map<String, String>> errors) {
    return String.join(
        "; ", errors.stream().map(e -> e.get("field") + ": " + e.get("rule")).toList());
  }
}
