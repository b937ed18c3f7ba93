package org.newsline.model;

/** Coarse entity types. Finer types go in {@link Entity#subtype()}. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
