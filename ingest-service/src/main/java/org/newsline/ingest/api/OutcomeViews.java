package org.newsline.ingest.api;

import java.util.List;
import java.util.Map;
import org.newsline.ingest.intake.IntakeOutcome;
import org.newsline.ingest.validation.Violation;
import org.newsline.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Turns outcomes into response bodies. */
final class OutcomeViews {

  private OutcomeViews() {}

  static ItemResult item(int index, IntakeOutcome outcome) {
    if (outcome instanceof IntakeOutcome.Accepted a) {
      return new ItemResult(index, a.id(), "accepted", a.topic(), a.partition(), a.offset(), null);
    }
    if (outcome instanceof IntakeOutcome.Duplicate d) {
      return new ItemResult(index, d.id(), "duplicate", null, null, null, null);
    }
    IntakeOutcome.Rejected r = (IntakeOutcome.Rejected) outcome;
    HttpStatus status = HttpStatus.valueOf(r.status());
    return new ItemResult(
        index,
        r.id(),
        "rejected",
        null,
        null,
        null,
        new ItemResult.ItemProblem(
            Problems.typeOf(status).toString(),
            status.getReasonPhrase(),
            r.status(),
            r.detail(),
            errors(r.violations())));
  }

  static ProblemDetail problem(IntakeOutcome.Rejected rejected) {
    ProblemDetail problem = Problems.of(HttpStatus.valueOf(rejected.status()), rejected.detail());
    if (!rejected.violations().isEmpty()) {
      problem.setProperty("errors", errors(rejected.violations()));
    }
    return problem;
  }

  static List<Map<String, String>> errors(List<Violation> violations) {
    return violations.stream()
        .map(v -> Map.of("field", v.field(), "rule", v.rule(), "detail", v.detail()))
        .toList();
  }
}
