package org.newsline.ingest.api;

/** A body that cannot be read as the expected form (bad JSON, not UTF-8, not an object): 400. */
class MalformedRequestException extends RuntimeException {
  MalformedRequestException(String message) {
    super(message);
  }
}
