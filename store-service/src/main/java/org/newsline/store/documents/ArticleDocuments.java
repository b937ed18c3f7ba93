package org.newsline.store.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.newsline.model.DateMention;
import org.newsline.model.Direction;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Enrichment;
import org.newsline.model.Entity;
import org.newsline.model.EntityType;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;
import org.newsline.model.Mention;
import org.newsline.model.Qualifier;

/**
 * Maps {@link EnrichedArticle} to and from its MongoDB document. Field names and enum spellings are
 * the contract's JSON ones ({@code "body"}, {@code "PERSON"}); timestamps are BSON dates
 * (millisecond precision); null optional fields are stored as null.
 */
public final class ArticleDocuments {

  private ArticleDocuments() {}

  /**
   * The document stored for {@code article}, written at {@code storedAt}.
   *
   * @throws IllegalArgumentException when a metadata key holds a NUL character, which no BSON field
   *     name can (the driver would refuse the whole batch on every retry)
   */
  public static Document toDocument(EnrichedArticle article, Instant storedAt) {
    for (String key : article.metadata().keySet()) {
      if (key.indexOf('\u0000') >= 0) {
        throw new IllegalArgumentException(
            "article " + article.id() + " has a metadata key with a NUL character");
      }
    }
    Document doc = new Document(ArticleFields.ID, article.id());
    doc.append(ArticleFields.SCHEMA_VERSION, article.schemaVersion())
        .append(ArticleFields.SOURCE, article.source())
        .append(ArticleFields.URL, article.url())
        .append(ArticleFields.TITLE, article.title())
        .append(ArticleFields.BODY, article.body())
        .append(ArticleFields.LANGUAGE, article.language())
        .append(ArticleFields.PUBLISHED_AT, date(article.publishedAt()))
        .append(ArticleFields.RECEIVED_AT, date(article.receivedAt()))
        .append(ArticleFields.CONTENT_HASH, article.contentHash())
        .append(ArticleFields.REMOVED_LINES, article.removedLines())
        .append(ArticleFields.METADATA, new Document(new LinkedHashMap<>(article.metadata())))
        .append(ArticleFields.ENRICHED_AT, date(article.enrichedAt()))
        .append(ArticleFields.ENRICHMENT, enrichment(article.enrichment()))
        .append(ArticleFields.ENTITIES, article.entities().stream().map(e -> entity(e)).toList())
        .append(ArticleFields.FIGURES, article.figures().stream().map(f -> figure(f)).toList())
        .append(ArticleFields.DATES, article.dates().stream().map(d -> date(d)).toList())
        .append(ArticleFields.STORED_AT, date(storedAt))
        .append(ArticleFields.SORT_AT, date(sortAt(article)))
        .append(ArticleFields.TITLE_CHARS, codePoints(article.title()))
        .append(ArticleFields.BODY_CHARS, codePoints(article.body()));
    return doc;
  }

  private static Integer codePoints(String text) {
    return text == null ? null : text.codePointCount(0, text.length());
  }

  /** The time an article is listed and filtered by: publication, else reception. */
  public static Instant sortAt(EnrichedArticle article) {
    return article.publishedAt() != null ? article.publishedAt() : article.receivedAt();
  }

  /** The stored article of {@code doc}; {@code body} is null when the projection left it out. */
  public static StoredArticle toStored(Document doc) {
    return new StoredArticle(
        intValue(doc, ArticleFields.SCHEMA_VERSION, EnrichedArticle.CURRENT_SCHEMA_VERSION),
        doc.get(ArticleFields.ID).toString(),
        doc.getString(ArticleFields.SOURCE),
        doc.getString(ArticleFields.URL),
        doc.getString(ArticleFields.TITLE),
        doc.getString(ArticleFields.BODY),
        doc.getString(ArticleFields.LANGUAGE),
        instant(doc.getDate(ArticleFields.PUBLISHED_AT)),
        instant(doc.getDate(ArticleFields.RECEIVED_AT)),
        doc.getString(ArticleFields.CONTENT_HASH),
        strings(doc.getList(ArticleFields.REMOVED_LINES, String.class)),
        metadata(doc.get(ArticleFields.METADATA, Document.class)),
        instant(doc.getDate(ArticleFields.ENRICHED_AT)),
        enrichment(doc.get(ArticleFields.ENRICHMENT, Document.class)),
        list(doc, ArticleFields.ENTITIES).stream().map(ArticleDocuments::entity).toList(),
        list(doc, ArticleFields.FIGURES).stream().map(ArticleDocuments::figure).toList(),
        list(doc, ArticleFields.DATES).stream().map(ArticleDocuments::dateMention).toList(),
        instant(doc.getDate(ArticleFields.STORED_AT)),
        list(doc, ArticleFields.REVISIONS).stream().map(ArticleDocuments::revision).toList());
  }

  private static Revision revision(Document d) {
    return new Revision(
        instant(d.getDate(ArticleFields.RECEIVED_AT)),
        d.getString(ArticleFields.CONTENT_HASH),
        d.getInteger(ArticleFields.TITLE_CHARS),
        d.getInteger(ArticleFields.BODY_CHARS),
        instant(d.getDate(ArticleFields.REPLACED_AT)));
  }

  /** The enriched article of a full document. */
  public static EnrichedArticle toArticle(Document doc) {
    return toStored(doc).toEnrichedArticle();
  }

  /** A figure of a stored document. */
  public static Figure figure(Document d) {
    return new Figure(
        d.getString("text"),
        field(d.getString("field")),
        intValue(d, "start", 0),
        intValue(d, "end", 0),
        FigureKind.valueOf(d.getString("kind")),
        doubleValue(d, "value"),
        doubleValue(d, "low"),
        doubleValue(d, "high"),
        Qualifier.valueOf(d.getString("qualifier")),
        d.getString("unit"),
        d.getString("unitNormalized"), // absent from documents stored before 2026-12-04
        d.getString("direction") == null ? null : Direction.valueOf(d.getString("direction")));
  }

  /** {@code instant} as a BSON date, or null. */
  public static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static Document enrichment(Enrichment e) {
    return new Document("engine", e.engine())
        .append("engineVersion", e.engineVersion())
        .append("pipelineVersion", e.pipelineVersion())
        .append("partial", e.partial())
        .append("warnings", e.warnings());
  }

  private static Enrichment enrichment(Document d) {
    if (d == null) {
      throw new IllegalArgumentException("stored article has no enrichment");
    }
    return new Enrichment(
        d.getString("engine"),
        d.getString("engineVersion"),
        d.getString("pipelineVersion"),
        Boolean.TRUE.equals(d.getBoolean("partial")),
        strings(d.getList("warnings", String.class)));
  }

  private static Document entity(Entity e) {
    return new Document("name", e.name())
        .append("key", EntityKeys.key(e.name()))
        .append("type", e.type().name())
        .append("subtype", e.subtype())
        .append("count", e.count())
        .append("mentions", e.mentions().stream().map(m -> mention(m)).toList())
        .append("canonicalName", e.canonicalName())
        .append(
            "canonicalKey", e.canonicalName() == null ? null : EntityKeys.key(e.canonicalName()));
  }

  private static Entity entity(Document d) {
    return new Entity(
        d.getString("name"),
        EntityType.valueOf(d.getString("type")),
        d.getString("subtype"),
        intValue(d, "count", 0),
        list(d, "mentions").stream().map(ArticleDocuments::mention).toList(),
        d.getString("canonicalName")); // absent from documents stored before 2026-12-06
  }

  private static Document mention(Mention m) {
    return new Document("field", m.field().json())
        .append("start", m.start())
        .append("end", m.end())
        .append("text", m.text());
  }

  private static Mention mention(Document d) {
    return new Mention(
        field(d.getString("field")),
        intValue(d, "start", 0),
        intValue(d, "end", 0),
        d.getString("text"));
  }

  private static Document figure(Figure f) {
    return new Document("text", f.text())
        .append("field", f.field().json())
        .append("start", f.start())
        .append("end", f.end())
        .append("kind", f.kind().name())
        .append("value", f.value())
        .append("low", f.low())
        .append("high", f.high())
        .append("qualifier", f.qualifier().name())
        .append("unit", f.unit())
        .append("unitNormalized", f.unitNormalized())
        .append("direction", f.direction() == null ? null : f.direction().name());
  }

  private static Document date(DateMention d) {
    return new Document("text", d.text())
        .append("field", d.field().json())
        .append("start", d.start())
        .append("end", d.end())
        .append("value", d.value());
  }

  private static DateMention dateMention(Document d) {
    return new DateMention(
        d.getString("text"),
        field(d.getString("field")),
        intValue(d, "start", 0),
        intValue(d, "end", 0),
        d.getString("value"));
  }

  private static Field field(String json) {
    return Field.valueOf(json.toUpperCase(Locale.ROOT));
  }

  private static List<Document> list(Document d, String key) {
    List<Document> list = d.getList(key, Document.class);
    return list == null ? List.of() : list;
  }

  private static List<String> strings(List<String> list) {
    return list == null ? List.of() : new ArrayList<>(list);
  }

  private static Map<String, String> metadata(Document d) {
    Map<String, String> map = new LinkedHashMap<>();
    if (d != null) {
      d.forEach((k, v) -> map.put(k, v == null ? null : v.toString()));
    }
    return map;
  }

  private static int intValue(Document d, String key, int missing) {
    Object v = d.get(key);
    return v instanceof Number n ? n.intValue() : missing;
  }

  private static double doubleValue(Document d, String key) {
    Object v = d.get(key);
    return v instanceof Number n ? n.doubleValue() : 0.0;
  }
}
