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
 * @param unitNormalized the canonical unit: an ISO 4217 code for money, the catalogue name of a
 *     unit of measure or time ({@code kilometre}, {@code mile_per_hour}, {@code year}), {@code
 *     percent}, {@code percentage_point} or {@code basis_point}, or for a count the counted noun's
 *     lemma in lower case ("Sailors" is {@code sailor}); null when there is no unit. Added within
 *     schema version 1: null in events written before it
 * @param direction {@code UP} / {@code DOWN} when the text reports a change the figure is part of
 *     ("climbed 4%", "from 31 to 44": both ends), else null. Added within schema version 1
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
    String unit,
    String unitNormalized,
    Direction direction) {
  public Figure {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(qualifier, "qualifier");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }

  /** A figure without a normalised unit or direction, as written before schema 1 carried them. */
  public Figure(
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
    this(text, field, start, end, kind, value, low, high, qualifier, unit, null, null);
  }

  /** This figure with another unit as written and its normalised form. */
  public Figure withUnit(String unit, String unitNormalized) {
    return new Figure(
        text,
        field,
        start,
        end,
        kind,
        value,
        low,
        high,
        qualifier,
        unit,
        unitNormalized,
        direction);
  }

  /** This figure with {@code direction}. */
  public Figure withDirection(Direction direction) {
    return new Figure(
        text,
        field,
        start,
        end,
        kind,
        value,
        low,
        high,
        qualifier,
        unit,
        unitNormalized,
        direction);
  }
}
