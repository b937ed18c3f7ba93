package org.newsline.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Events written for the tests (the project's own text). */
final class SampleEvents {

  static final String TITLE = "Harbour town reopens after storm";
  static final String BODY =
      "About 300 residents returned to Port Ellis on Monday, the mayor, Jane Okafor, said.\n\n"
          + "Repairs will cost at least $2.5 million.";

  private SampleEvents() {}

  static RawArticle raw() {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        "coast-news-2025-0418-harbour",
        "Coast News",
        "https://coast.example/2025/04/18/harbour",
        TITLE,
        BODY,
        "en",
        Instant.parse("2025-04-18T09:30:00Z"),
        Instant.parse("2025-04-18T09:31:02.123Z"),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        List.of("Skip to main content"),
        Map.of("feed", "coast-rss"));
  }

  static EnrichedArticle enriched() {
    int mayor = BODY.indexOf("Jane Okafor");
    int town = BODY.indexOf("Port Ellis");
    int about = BODY.indexOf("About 300 residents");
    int money = BODY.indexOf("at least $2.5 million");
    int monday = BODY.indexOf("Monday");
    return EnrichedArticle.of(
        raw(),
        Instant.parse("2025-04-18T09:31:05Z"),
        Enrichment.complete("stanford-corenlp", "4.5.10", "1"),
        List.of(
            new Entity(
                "Jane Okafor",
                EntityType.PERSON,
                null,
                1,
                List.of(new Mention(Field.BODY, mayor, mayor + 11, "Jane Okafor"))),
            new Entity(
                "Port Ellis",
                EntityType.LOCATION,
                "CITY",
                1,
                List.of(new Mention(Field.BODY, town, town + 10, "Port Ellis")),
                "Port Ellis")),
        List.of(
            new Figure(
                "About 300 residents",
                Field.BODY,
                about,
                about + 19,
                FigureKind.COUNT,
                300,
                300,
                300,
                Qualifier.APPROXIMATE,
                "residents",
                "resident",
                null),
            new Figure(
                "at least $2.5 million",
                Field.BODY,
                money,
                money + 21,
                FigureKind.MONEY,
                2_500_000,
                2_500_000,
                2_500_000,
                Qualifier.AT_LEAST,
                "USD",
                "USD",
                Direction.UP)),
        List.of(new DateMention("Monday", Field.BODY, monday, monday + 6, "2025-04-14")));
  }
}
