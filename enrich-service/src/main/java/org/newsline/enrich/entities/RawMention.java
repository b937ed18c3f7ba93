package org.newsline.enrich.entities;

import org.newsline.model.EntityType;
import org.newsline.model.Field;

/** One mention before merging: where it is, the text as written, and its evidence-backed type. */
record RawMention(
    Field field,
    int start,
    int end,
    String text,
    EntityType type,
    Evidence evidence,
    String subtypeHint) {

  RawMention(Field field, int start, int end, String text, EntityType type, Evidence evidence) {
    this(field, start, end, text, type, evidence, null);
  }
}
