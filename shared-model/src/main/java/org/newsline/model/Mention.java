package org.newsline.model;

import java.util.Objects;

/**
 * One occurrence of an entity.
 *
 * @param field {@code title} or {@code body}
 * @param start char offset of the first character in that field (inclusive)
 * @param end char offset after the last character (exclusive)
 * @param text the text as written, {@code field.substring(start, end)}
 */
public record Mention(Field field, int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
