package org.newsline.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity of one article, all its mentions merged.
 *
 * @param name canonical form for the article: the longest full mention, possessives and titles
 *     stripped ("Vladimir Putin", not "Putin's" or "President Putin")
 * @param type coarse type
 * @param subtype finer type where known ({@code CITY}, {@code COUNTRY}, {@code STATE_OR_PROVINCE},
 *     {@code NATIONALITY}, …), else null
 * @param count number of mentions, {@code mentions.size()}
 * @param mentions every mention, in document order (title first)
 * @param canonicalName the one name of the entity across articles ("European Union" for an article
 *     that writes only "EU", "Labour Party" for "Labour"); added within schema version 1
 *     (2026-12-06): null in events written before, and null means the same as {@code name}
 */
public record Entity(
    String name,
    EntityType type,
    String subtype,
    int count,
    List<Mention> mentions,
    String canonicalName) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** An entity without a canonical name of its own: the same as {@code name}. */
  public Entity(String name, EntityType type, String subtype, int count, List<Mention> mentions) {
    this(name, type, subtype, count, mentions, null);
  }

  /** The canonical name, else the name: what the entity is counted and found by. */
  public String canonicalOrName() {
    return canonicalName != null ? canonicalName : name;
  }
}
