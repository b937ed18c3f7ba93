package org.newsline.web;

import java.util.Set;

/** A query parameter the endpoint does not take; answered 400 naming it and what it takes. */
final class UnknownParameterException extends RuntimeException {

  private final String parameter;

  UnknownParameterException(String parameter, Set<String> accepted) {
    super(
        "Unknown query parameter '"
            + parameter
            + "'. "
            + (accepted.isEmpty()
                ? "This endpoint takes no query parameters."
                : "This endpoint takes: " + String.join(", ", accepted) + "."));
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
