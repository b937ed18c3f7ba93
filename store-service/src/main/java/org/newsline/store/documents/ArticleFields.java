package org.newsline.store.documents;

/**
 * Field names of a stored article document. The document has the {@code EnrichedArticle} fields
 * under their contract names ({@code id} as {@code _id}), timestamps as BSON dates, plus {@link
 * #STORED_AT} and {@link #SORT_AT}.
 */
public final class ArticleFields {

  public static final String ID = "_id";
  public static final String SCHEMA_VERSION = "schemaVersion";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String LANGUAGE = "language";
  public static final String PUBLISHED_AT = "publishedAt";
  public static final String RECEIVED_AT = "receivedAt";
  public static final String CONTENT_HASH = "contentHash";
  public static final String REMOVED_LINES = "removedLines";
  public static final String METADATA = "metadata";
  public static final String ENRICHED_AT = "enrichedAt";
  public static final String ENRICHMENT = "enrichment";
  public static final String PIPELINE_VERSION = "enrichment.pipelineVersion";
  public static final String ENTITIES = "entities";
  public static final String ENTITY_NAME = "entities.name";

  /** {@link EntityKeys#key} of the name: what {@code entity=} queries match. */
  public static final String ENTITY_KEY = "entities.key";

  public static final String ENTITY_TYPE = "entities.type";

  /**
   * The entity's one name across articles; null or absent (documents stored before 2026-12-06)
   * means the same as its name.
   */
  public static final String ENTITY_CANONICAL_NAME = "entities.canonicalName";

  /**
   * {@link EntityKeys#key} of the canonical name, when the entity has one: what {@code entity=}
   * queries match beside the name's key.
   */
  public static final String ENTITY_CANONICAL_KEY = "entities.canonicalKey";

  public static final String FIGURES = "figures";
  public static final String FIGURE_UNIT = "figures.unit";
  public static final String FIGURE_UNIT_NORMALIZED = "figures.unitNormalized";
  public static final String FIGURE_KIND = "figures.kind";
  public static final String FIGURE_DIRECTION = "figures.direction";
  public static final String DATES = "dates";

  /** When the store wrote this version of the document (BSON date). */
  public static final String STORED_AT = "storedAt";

  /**
   * The article's time for listing and period filters: {@code publishedAt}, or {@code receivedAt}
   * when the publication time is unknown (BSON date). Derived, so one index serves "newest first".
   */
  public static final String SORT_AT = "sortAt";

  /** Length of the title and the body in code points (for revisions: what changed in size). */
  public static final String TITLE_CHARS = "titleChars";

  public static final String BODY_CHARS = "bodyChars";

  /**
   * The store's order of versions as one sortable string ({@code writing.ArticleVersion#key}):
   * receivedAt, pipelineVersion, enrichedAt. Absent from documents stored before 2026-12-04.
   */
  public static final String VERSION_KEY = "versionKey";

  /** Earlier contents of the article, oldest first: {@link Revision}s. */
  public static final String REVISIONS = "revisions";

  /** When a revision was replaced by a newer content (in a revision). */
  public static final String REPLACED_AT = "replacedAt";

  private ArticleFields() {}
}
