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
 */
public record Entity(
    String name, EntityType type, String subtype, int count, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
