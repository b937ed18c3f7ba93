package org.newsline.ingest.validation;

import java.util.List;

/** An article that breaks one or more rules; answered with 422 listing each violation. */
public class InvalidArticleException extends RuntimeException {

  private final transient List<Violation> violations;

  public InvalidArticleException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    return String.join(
        "; ",
        violations.stream().map(v -> v.field() + " (" + v.rule() + "): " + v.detail()).toList());
  }
}
