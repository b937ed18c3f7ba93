package org.newsline.ingest.intake;

import java.util.List;
import org.newsline.ingest.metrics.RejectReason;
import org.newsline.ingest.validation.Violation;

/** What became of one article. */
public sealed interface IntakeOutcome {

  /** Acknowledged by the broker at this position. */
  record Accepted(String id, String topic, int partition, long offset) implements IntakeOutcome {}

  /** Published with the same content recently; not published again. */
  record Duplicate(String id) implements IntakeOutcome {}

  /**
   * Not published.
   *
   * @param id the article's id when it was known, else null
   * @param status the HTTP status a single request would have got (400, 413, 422, 503...)
   * @param detail a sentence for humans
   * @param violations the rules broken, for 422
   */
  record Rejected(
      String id, int status, RejectReason reason, String detail, List<Violation> violations)
      implements IntakeOutcome {
    public Rejected {
      violations = violations == null ? List.of() : List.copyOf(violations);
    }
  }
}
