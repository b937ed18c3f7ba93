package org.newsline.model;

import java.util.Objects;

/**
 * A counted amount found in an article ("approximately one hundred military personnel").
 *
 * @param text the amount as written, including its qualifier and unit
 * @param field {@code title} or {@code body}
 * @param start char offset of the first character in that field (inclusive)
 * @param end char offset after the last character (exclusive)
 * @param kind count, percent, money or measure
 * @param value the number (100 for "one hundred"); for a range, its lower bound
 * @param low lower bound; equal to {@code value} when not a range
 * @param high upper bound; equal to {@code value} when not a range
 * @param qualifier how the text qualifies the amount
 * @param unit what is counted, as written ("military personnel"), or the currency code / {@code
 *     percent}; null when the text names none
 */
public record Figure(
    String text,
    Field field,
    int start,
    int end,
    FigureKind kind,
    double value,
    double low,
    double high,
    Qualifier qualifier,
    String unit) {
  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
