package org.newsline.store.query;

/** A query parameter the API cannot use; answered with 400 problem+json naming it. */
final class BadParameterException extends RuntimeException {

  private final String parameter;

  BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
