package org.newsline.store.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsline.model.EntityType;
import org.newsline.store.StoreProperties;

/**
 * Reads the query parameters, each as a literal value (a value such as {@code {"$gt": ""}} is just
 * a string to match), and refuses bad ones with a {@link BadParameterException} naming them.
 */
final class QueryParameters {

  /** What {@code to} means, for the API documentation of every endpoint that takes it. */
  static final String TO_DESCRIPTION =
      "Until this time (exclusive), or through this date when a date alone (UTC)";

  /** Length of an ISO date such as {@code 2025-04-18}. */
  private static final int DATE_LENGTH = 10;

  private static final Pattern ARTICLE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]*$");

  /** An ISO 639 code as the enriched articles carry it: {@code en}, {@code ru}, {@code ast}. */
  private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,3}$");

  private final StoreProperties.Query limits;

  QueryParameters(StoreProperties.Query limits) {
    this.limits = limits;
  }

  int limit(String value) {
    if (value == null) {
      return limits.defaultLimit();
    }
    int limit;
    try {
      limit = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw outOfRange(value);
    }
    if (limit < 1 || limit > limits.maxLimit()) {
      throw outOfRange(value);
    }
    return limit;
  }

  private BadParameterException outOfRange(String value) {
    return new BadParameterException(
        "limit", "Parameter 'limit' must be a whole number from 1 to " + limits.maxLimit() + ".");
  }

  /** An optional text value: null when absent; refused when blank, too long or holding a NUL. */
  String text(String name, String value) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new BadParameterException(name, "Parameter '" + name + "' must not be blank.");
    }
    if (value.indexOf('\u0000') >= 0) {
      // BSON cannot hold a NUL inside a regular expression (the case-insensitive unit match).
      throw new BadParameterException(
          name, "Parameter '" + name + "' must not contain a NUL character.");
    }
    if (value.length() > limits.maxParameterLength()) {
      throw new BadParameterException(
          name,
          "Parameter '"
              + name
              + "' must be at most "
              + limits.maxParameterLength()
              + " characters long.");
    }
    return value;
  }

  /** An optional language code, any case, as the lower-case code the articles carry. */
  String language(String value) {
    if (value == null) {
      return null;
    }
    if (!LANGUAGE.matcher(value.trim()).matches()) {
      throw new BadParameterException(
          "language",
          "Parameter 'language' must be an ISO 639 language code such as en or ru (no region).");
    }
    return value.trim().toLowerCase(Locale.ROOT);
  }

  EntityType type(String value) {
    return oneOf("type", value, EntityType.class);
  }

  /** An optional constant of {@code type}, any case; refused naming the allowed ones. */
  <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadParameterException(
          name,
          "Parameter '"
              + name
              + "' must be one of "
              + Arrays.toString(type.getEnumConstants())
              + ".");
    }
  }

  /**
   * {@code 2025-04-18T09:30:00Z}, with any offset, or a date ({@code 2025-04-18}, midnight UTC).
   */
  Instant time(String name, String value) {
    if (value == null) {
      return null;
    }
    String text = value.trim();
    try {
      if (text.length() == DATE_LENGTH) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          name,
          "Parameter '"
              + name
              + "' must be an ISO-8601 time such as 2025-04-18T09:30:00Z or a date such as"
              + " 2025-04-18.");
    }
  }

  /**
   * {@code from} and {@code to} as a period. A time {@code to} is exclusive; a date alone ({@code
   * to=2025-12-31}) means through the end of that day (UTC), as a reader of the query expects, so
   * {@code from=2025-04-18&to=2025-04-18} is that one day.
   */
  Period period(String from, String to) {
    Instant start = time("from", from);
    Instant end = time("to", to);
    if (end != null && isDate(to)) {
      end = end.plus(1, ChronoUnit.DAYS);
    }
    if (start != null && end != null && !start.isBefore(end)) {
      throw new BadParameterException("to", "Parameter 'to' must be later than 'from'.");
    }
    return new Period(start, end);
  }

  private static boolean isDate(String value) {
    return value.trim().length() == DATE_LENGTH;
  }

  boolean full(String fields) {
    if (fields == null || fields.equals("summary")) {
      return false;
    }
    if (fields.equals("full")) {
      return true;
    }
    throw new BadParameterException("fields", "Parameter 'fields' must be 'summary' or 'full'.");
  }

  String articleId(String id) {
    if (id.length() > PageCursor.MAX_ID_LENGTH || !ARTICLE_ID.matcher(id).matches()) {
      throw new BadParameterException(
          "id", "Path parameter 'id' is not an article id (letters, digits, '.', '_', ':', '-').");
    }
    return id;
  }

  /**
   * A time range, {@code from} inclusive, {@code to} exclusive (as an instant); either may be open.
   */
  record Period(Instant from, Instant to) {}
}
