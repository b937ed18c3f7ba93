package org.newsline.enrich.entities;

import java.util.Optional;
import org.newsline.model.EntityType;

/**
 * A name a {@link NameRule} read: tokens {@code first} to {@code last} (both inclusive), its type
 * and the evidence for it, before titles, articles and possessives are trimmed.
 */
record Candidate(int first, int last, EntityType type, Evidence evidence) {

  /** The run of {@code length} tokens from {@code first}, or empty when {@code length} is 0. */
  static Optional<Candidate> run(int first, int length, EntityType type, Evidence evidence) {
    return length == 0
        ? Optional.empty()
        : Optional.of(new Candidate(first, first + length - 1, type, evidence));
  }
}
