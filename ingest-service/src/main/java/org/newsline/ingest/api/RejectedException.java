package org.newsline.ingest.api;

import org.newsline.ingest.intake.IntakeOutcome;

/** A single article that was not accepted; answered with its problem. */
class RejectedException extends RuntimeException {

  private final transient IntakeOutcome.Rejected rejected;

  RejectedException(IntakeOutcome.Rejected rejected) {
    super(rejected.detail());
    this.rejected = rejected;
  }

  IntakeOutcome.Rejected rejected() {
    return rejected;
  }
}
