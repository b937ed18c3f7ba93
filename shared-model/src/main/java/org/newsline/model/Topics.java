package org.newsline.model;

import java.util.List;

/**
 * The platform's topic catalogue: the one place topic names, value types and producers are defined.
 * Names can be overridden by configuration ({@code newsline.kafka.topics.*}); the catalogue gives
 * the defaults and the contract.
 */
public final class Topics {

  /** Default name of {@link #ARTICLES_RAW}. */
  public static final String ARTICLES_RAW_NAME = "articles.raw";

  /** Default name of {@link #ARTICLES_ENRICHED}. */
  public static final String ARTICLES_ENRICHED_NAME = "articles.enriched";

  /** Default name of {@link #ARTICLES_RAW_DLT}. */
  public static final String ARTICLES_RAW_DLT_NAME = "articles.raw-dlt";

  /** Default name of {@link #ARTICLES_ENRICHED_DLT}. */
  public static final String ARTICLES_ENRICHED_DLT_NAME = "articles.enriched-dlt";

  /** Articles accepted by ingest. Key: article id. Value: {@link RawArticle}. */
  public static final Topic<RawArticle> ARTICLES_RAW =
      new Topic<>(
          ARTICLES_RAW_NAME,
          RawArticle.class,
          Service.INGEST,
          "Articles accepted, normalised and cleaned by ingest");

  /** Articles with entities, figures and dates. Key: article id. Value: {@link EnrichedArticle}. */
  public static final Topic<EnrichedArticle> ARTICLES_ENRICHED =
      new Topic<>(
          ARTICLES_ENRICHED_NAME,
          EnrichedArticle.class,
          Service.ENRICH,
          "Articles enriched with entities, figures and dates (transactional: read_committed)");

  /** Raw records the enrich service could not process, unchanged, error in headers. */
  public static final Topic<byte[]> ARTICLES_RAW_DLT =
      new Topic<>(
          ARTICLES_RAW_DLT_NAME,
          byte[].class,
          Service.ENRICH,
          "Raw records that failed enrichment, unchanged, with the error in headers");

  /** Enriched records the store service could not persist, unchanged, error in headers. */
  public static final Topic<byte[]> ARTICLES_ENRICHED_DLT =
      new Topic<>(
          ARTICLES_ENRICHED_DLT_NAME,
          byte[].class,
          Service.STORE,
          "Enriched records that could not be stored, unchanged, with the error in headers");

  private static final List<Topic<?>> ALL =
      List.of(ARTICLES_RAW, ARTICLES_ENRICHED, ARTICLES_RAW_DLT, ARTICLES_ENRICHED_DLT);

  private Topics() {}

  /** Every topic of the contract. */
  public static List<Topic<?>> all() {
    return ALL;
  }

  /** The topics {@code service} produces to. */
  public static List<Topic<?>> producedBy(Service service) {
    return ALL.stream().filter(t -> t.producer() == service).toList();
  }
}
