package org.newsline.model;

import java.util.Objects;

/**
 * A date found in an article.
 *
 * @param text the date as written
 * @param field {@code title} or {@code body}
 * @param start char offset of the first character in that field (inclusive)
 * @param end char offset after the last character (exclusive)
 * @param value normalised value in TIMEX3 form: {@code 2024-12-03}, {@code 2025-04}, or {@code
 *     XXXX-04-18} when the year cannot be resolved from {@code publishedAt}
 */
public record DateMention(String text, Field field, int start, int end, String value) {
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
