package org.newsline.ingest.validation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsline.ingest.IngestProperties;
import org.newsline.ingest.identity.CanonicalUrl;

/**
 * The rules every article must meet before cleaning, and the body rules after it. Rules (the {@code
 * rule} of each {@link Violation}): {@code required}, {@code min-length}, {@code max-length},
 * {@code pattern}, {@code url}, {@code date} (ISO-8601 with an offset), {@code range} (publication
 * time between 1800 and one day ahead), {@code language} (ISO 639-1, optionally with a region),
 * {@code max-entries}, {@code empty-after-cleaning}.
 */
public final class ArticleValidator {

  private static final Pattern LANGUAGE = Pattern.compile("([A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})?");
  private static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
  private static final int MAX_METADATA_KEY = 100;
  private static final int MAX_METADATA_VALUE = 2000;

  private final IngestProperties properties;
  private final Pattern idPattern;
  private final Clock clock;

  public ArticleValidator(IngestProperties properties, Clock clock) {
    this.properties = properties;
    this.idPattern = Pattern.compile(properties.idPattern());
    this.clock = clock;
  }

  /** The checked and normalised optional fields, or the violations found. */
  public record Fields(String id, String canonicalUrl, Instant publishedAt, String language) {}

  /** Checks every field but the cleaned body; adds violations to {@code out}. */
  public Fields check(ArticleRequest request, List<Violation> out) {
    String id = checkId(request.id(), out);
    String url = checkUrl(request.url(), out);
    Instant published = checkDate(request.publishedAt(), out);
    String language = checkLanguage(request.language(), out);
    if (request.source() != null && request.source().length() > properties.maxSourceLength()) {
      out.add(
          new Violation(
              "source", "max-length", "at most " + properties.maxSourceLength() + " characters"));
    }
    if (request.title() != null && request.title().length() > properties.maxTitleLength()) {
      out.add(
          new Violation(
              "title", "max-length", "at most " + properties.maxTitleLength() + " characters"));
    }
    if (request.body() == null || request.body().isBlank()) {
      out.add(new Violation("body", "required", "the article needs a non-empty body"));
    }
    checkMetadata(request.metadata(), out);
    return new Fields(id, url, published, language);
  }

  /** Checks the body after cleaning. */
  public void checkCleanBody(String body, List<Violation> out) {
    if (body.isEmpty()) {
      out.add(
          new Violation(
              "body",
              "empty-after-cleaning",
              "nothing is left of the body once site chrome (navigation, captions, appeals) is removed"));
    } else if (body.codePointCount(0, body.length()) < properties.minBodyLength()) {
      out.add(
          new Violation(
              "body",
              "min-length",
              "the cleaned body must have at least " + properties.minBodyLength() + " characters"));
    }
  }

  /**
   * The rules an id given on its own (a removal's path) breaks, as for an article's id: {@code
   * required}, {@code max-length}, {@code pattern}; empty when it is a valid id.
   */
  public List<Violation> checkId(String id) {
    List<Violation> out = new ArrayList<>();
    if (id == null || id.isEmpty()) {
      out.add(new Violation("id", "required", "the id of the article to remove"));
    } else {
      checkId(id, out);
    }
    return out;
  }

  private String checkId(String id, List<Violation> out) {
    if (id == null) {
      return null;
    }
    if (id.length() > properties.maxIdLength()) {
      out.add(
          new Violation("id", "max-length", "at most " + properties.maxIdLength() + " characters"));
    } else if (!idPattern.matcher(id).matches()) {
      out.add(
          new Violation(
              "id",
              "pattern",
              "only letters, digits and . _ : - are allowed, starting with a letter or digit ("
                  + properties.idPattern()
                  + ")"));
    }
    return id;
  }

  private String checkUrl(String url, List<Violation> out) {
    if (url == null || url.isBlank()) {
      return null;
    }
    if (url.length() > properties.maxUrlLength()) {
      out.add(
          new Violation(
              "url", "max-length", "at most " + properties.maxUrlLength() + " characters"));
      return null;
    }
    return CanonicalUrl.of(url)
        .orElseGet(
            () -> {
              out.add(
                  new Violation("url", "url", "must be an absolute http or https URL with a host"));
              return null;
            });
  }

  private Instant checkDate(String text, List<Violation> out) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Instant instant;
    try {
      instant =
          OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      out.add(
          new Violation(
              "publishedAt",
              "date",
              "must be an ISO-8601 date-time with an offset, e.g. 2025-04-18T09:30:00Z"));
      return null;
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(clock.instant().plus(Duration.ofDays(1)))) {
      out.add(new Violation("publishedAt", "range", "must lie between 1800 and tomorrow"));
      return null;
    }
    return instant.with(ChronoField.NANO_OF_SECOND, instant.getNano() / 1_000_000 * 1_000_000L);
  }

  private static String checkLanguage(String language, List<Violation> out) {
    if (language == null || language.isBlank()) {
      return null;
    }
    var m = LANGUAGE.matcher(language.strip());
    if (!m.matches()) {
      out.add(new Violation("language", "language", "must be an ISO 639-1 code such as \"en\""));
      return null;
    }
    return m.group(1).toLowerCase(Locale.ROOT);
  }

  private void checkMetadata(Map<String, String> metadata, List<Violation> out) {
    if (metadata.size() > properties.maxMetadataEntries()) {
      out.add(
          new Violation(
              "metadata",
              "max-entries",
              "at most " + properties.maxMetadataEntries() + " entries"));
    }
    List<String> bad = new ArrayList<>();
    metadata.forEach(
        (k, v) -> {
          if (k.isBlank()
              || k.length() > MAX_METADATA_KEY
              || (v != null && v.length() > MAX_METADATA_VALUE)) {
            bad.add(k.length() > 40 ? k.substring(0, 40) + "…" : k);
          }
        });
    if (!bad.isEmpty()) {
      out.add(
          new Violation(
              "metadata",
              "max-length",
              "keys must be 1.."
                  + MAX_METADATA_KEY
                  + " and values at most "
                  + MAX_METADATA_VALUE
                  + " characters: "
                  + bad));
    }
  }
}
