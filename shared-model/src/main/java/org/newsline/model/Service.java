package org.newsline.model;

/** The platform's services; each topic has exactly one of them as its producer. */
public enum Service {
  INGEST,
  ENRICH,
  STORE
}
