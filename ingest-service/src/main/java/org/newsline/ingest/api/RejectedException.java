package org.newsline.ingest.api;

import org.newsline.ingest.intake.Outcome;

/** A single article that was not accepted; answered with its problem. */
class RejectedException extends RuntimeException {

  private final transient Outcome.Rejected rejected;

  RejectedException(Outcome.Rejected rejected) {
    super(rejected.detail());
    this.rejected = rejected;
  }

  Outcome.Rejected rejected() {
    return rejected;
  }
}
