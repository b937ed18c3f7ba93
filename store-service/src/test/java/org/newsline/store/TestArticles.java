package org.newsline.store;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.newsline.model.DateMention;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Enrichment;
import org.newsline.model.Entity;
import org.newsline.model.EntityType;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;
import org.newsline.model.Mention;
import org.newsline.model.Qualifier;

/** Enriched articles written for the tests (the project's own invented text). */
public final class TestArticles {

  public static final Instant PUBLISHED = Instant.parse("2025-04-18T09:30:00Z");
  public static final Instant RECEIVED = Instant.parse("2025-04-18T09:31:02.123Z");
  public static final Instant ENRICHED = Instant.parse("2025-04-18T09:31:05.456Z");

  private TestArticles() {}

  /** A complete article about a harbour town, with two entities, two figures and a date. */
  public static EnrichedArticle harbour(String id) {
    return harbour(id, ENRICHED, "1");
  }

  /**
   * {@link #harbour(String)} enriched at {@code enrichedAt} by pipeline {@code pipelineVersion}.
   */
  public static EnrichedArticle harbour(String id, Instant enrichedAt, String pipelineVersion) {
    String title = "Harbour town reopens after storm";
    String body =
        "About 300 residents returned to Port Ellis on Monday, the mayor, Jane Okafor, said.\n\n"
            + "Repairs will cost at least $2.5 million.";
    return article(
        id,
        "Coast News",
        PUBLISHED,
        title,
        body,
        enrichedAt,
        pipelineVersion,
        List.of(
            entity(body, "Jane Okafor", EntityType.PERSON),
            entity(body, "Port Ellis", EntityType.LOCATION)),
        List.of(
            figure(
                body,
                "About 300 residents",
                FigureKind.COUNT,
                300,
                Qualifier.APPROXIMATE,
                "residents"),
            figure(
                body,
                "at least $2.5 million",
                FigureKind.MONEY,
                2_500_000,
                Qualifier.AT_LEAST,
                "USD")));
  }

  /** A short article with the given entities (LOCATION unless named in {@code people}). */
  public static EnrichedArticle article(
      String id,
      String source,
      Instant publishedAt,
      String title,
      String body,
      Instant enrichedAt,
      String pipelineVersion,
      List<Entity> entities,
      List<Figure> figures) {
    int monday = body.indexOf("Monday");
    List<DateMention> dates =
        monday < 0
            ? List.of()
            : List.of(new DateMention("Monday", Field.BODY, monday, monday + 6, "2025-04-14"));
    return new EnrichedArticle(
        EnrichedArticle.CURRENT_SCHEMA_VERSION,
        id,
        source,
        "https://news.example/" + id,
        title,
        body,
        "en",
        publishedAt,
        RECEIVED,
        sha256(title + "\n" + body),
        List.of("Skip to main content"),
        Map.of("feed", "test-feed"),
        enrichedAt,
        Enrichment.complete("stanford-corenlp", "4.5.10", pipelineVersion),
        entities,
        figures,
        dates);
  }

  /** An entity named {@code name} found once in {@code body} (or with no mention if absent). */
  public static Entity entity(String body, String name, EntityType type) {
    int at = body.indexOf(name);
    List<Mention> mentions =
        at < 0 ? List.of() : List.of(new Mention(Field.BODY, at, at + name.length(), name));
    return new Entity(name, type, null, mentions.size(), mentions);
  }

  /** An entity with a mention for every occurrence of {@code name} in {@code body}. */
  public static Entity entityEverywhere(String body, String name, EntityType type) {
    List<Mention> mentions = new java.util.ArrayList<>();
    for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length())) {
      mentions.add(new Mention(Field.BODY, at, at + name.length(), name));
    }
    return new Entity(name, type, null, mentions.size(), mentions);
  }

  /** A figure whose text is found in {@code body}. */
  public static Figure figure(
      String body, String text, FigureKind kind, double value, Qualifier qualifier, String unit) {
    int at = Math.max(0, body.indexOf(text));
    return new Figure(
        text, Field.BODY, at, at + text.length(), kind, value, value, value, qualifier, unit);
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
