package org.newsline.ingest.publishing;

/** Kafka could not take a write within the publish timeout; the client should retry later. */
public class BrokerUnavailableException extends RuntimeException {
  public BrokerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
