package org.newsline.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsline.model.Direction;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.EntityType;
import org.newsline.model.FigureKind;
import org.newsline.model.Qualifier;
import org.newsline.store.StoreApplication;
import org.newsline.store.StoreTestSetup;
import org.newsline.store.TestArticles;
import org.newsline.store.documents.ArticleDocuments;
import org.newsline.testsupport.Infrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query API over articles that came in through Kafka: by id, pages, entity counts, figures, bad
 * parameters and keys. Runs on the embedded broker and stand-in, and on real containers.
 */
@SpringBootTest(
    classes = StoreApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "newsline.store.query.max-scanned-articles=" + QueryScenario.SCAN_CAP)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueryScenario {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant DAY = Instant.parse("2025-04-10T00:00:00Z");
  static final int ARTICLES = 23;

  /**
   * Most articles {@code /figures} reads per response in these tests: below the 23 articles that
   * mention Jane Okafor, above the 8 that report soldiers.
   */
  static final int SCAN_CAP = 10;

  /**
   * Articles of March 2024, before the corpus, from their own source: one mentions the Harbour
   * Board five times, three mention the Ferry Union once each.
   */
  static final String LEDGER = "Ledger";

  /** Articles of 1 June 2024, before the corpus, from their own source, for cursor walks. */
  static final String WIRE_DESK = "Wire Desk";

  private static final Instant WIRE_DAY = Instant.parse("2024-06-01T00:00:00Z");

  /**
   * Articles of February 2024, before the corpus, from their own source: one names the European
   * Union "EU" only, one writes "European Union" and "EU" (both under the canonical name).
   */
  static final String UNION_DESK = "Union Desk";

  /** Articles of January 2024, before the corpus, from their own source, in other languages. */
  static final String FOREIGN_DESK = "Foreign Desk";

  protected abstract Infrastructure infrastructure();

  @LocalServerPort int port;
  @Autowired MongoCollection<Document> articles;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @Value("${newsline.kafka.topics.enriched}")
  String enrichedTopic;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<EnrichedArticle> corpus = new ArrayList<>();

  /**
   * 23 articles over ten days from two sources: every third mentions Krasnodar and reports soldiers
   * (spelt "soldiers" or "Soldiers"), the others Port Ellis (7 of those 15 twice), two share a
   * publication time (the id breaks the tie), and every fifth has no publication time (listed by
   * arrival). Before them, in 2024, the articles of {@link #LEDGER} and {@link #WIRE_DESK}, which
   * mention neither Jane Okafor nor soldiers, so that the corpus's counts stay as they are.
   */
  @BeforeAll
  void storeCorpus() {
    for (int i = 0; i < ARTICLES; i++) {
      String id = String.format("q-%02d", i);
      boolean krasnodar = i % 3 == 0;
      String body =
          krasnodar
              ? "About " + (100 + i) + " soldiers were seen near Krasnodar, Jane Okafor said."
              : "The harbour of Port Ellis reopened, Jane Okafor said."
                  + (i % 3 == 2 ? " Port Ellis celebrated." : "");
      Instant published = i % 5 == 4 ? null : DAY.plus(Duration.ofHours(10L * (i == 7 ? 6 : i)));
      List<org.newsline.model.Entity> entities = new ArrayList<>();
      entities.add(TestArticles.entity(body, "Jane Okafor", EntityType.PERSON));
      entities.add(
          krasnodar
              ? TestArticles.entity(body, "Krasnodar", EntityType.LOCATION)
              : TestArticles.entityEverywhere(body, "Port Ellis", EntityType.LOCATION));
      List<org.newsline.model.Figure> figures =
          krasnodar
              ? List.of(
                  TestArticles.figure(
                          body,
                          "About " + (100 + i) + " soldiers",
                          FigureKind.COUNT,
                          100 + i,
                          Qualifier.APPROXIMATE,
                          i % 2 == 0 ? "soldiers" : "Soldiers")
                      .withUnit(i % 2 == 0 ? "soldiers" : "Soldiers", "soldier")
                      .withDirection(i % 2 == 0 ? Direction.UP : null))
              : List.of();
      EnrichedArticle article =
          TestArticles.article(
              id,
              i % 2 == 0 ? "Coast News" : "River Post",
              published,
              "Report " + i,
              body,
              TestArticles.ENRICHED,
              "1",
              entities,
              figures);
      corpus.add(article);
    }
    List<EnrichedArticle> others = new ArrayList<>(ledger());
    others.addAll(wireDesk());
    others.addAll(foreignDesk());
    others.addAll(unionDesk());
    StoreTestSetup.awaitWriterAssignment(listeners);
    List<EnrichedArticle> all = new ArrayList<>(corpus);
    all.addAll(others);
    StoreTestSetup.send(infrastructure(), enrichedTopic, all);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> articles.countDocuments() == ARTICLES + others.size());
  }

  private static List<EnrichedArticle> ledger() {
    String board =
        "The Harbour Board met. The Harbour Board heard the engineers. The Harbour Board asked"
            + " for costs. The Harbour Board voted. The Harbour Board adjourned.";
    List<EnrichedArticle> ledger = new ArrayList<>();
    ledger.add(
        otherArticle(
            "l-board",
            LEDGER,
            Instant.parse("2024-03-05T09:00:00Z"),
            board,
            List.of(
                TestArticles.entityEverywhere(board, "Harbour Board", EntityType.ORGANIZATION))));
    for (int i = 1; i <= 3; i++) {
      String union = "The Ferry Union agreed to timetable " + i + ".";
      ledger.add(
          otherArticle(
              "l-union-" + i,
              LEDGER,
              Instant.parse("2024-03-0" + (5 + i) + "T09:00:00Z"),
              union,
              List.of(TestArticles.entity(union, "Ferry Union", EntityType.ORGANIZATION))));
    }
    return ledger;
  }

  /**
   * Nine articles, newest first w-01 (12:00), w-02 (11:00), w-05, w-04, w-03 (all 10:00), w-06
   * (09:00), w-08, w-07 (08:00), w-09 (07:00): in pages of three the first page ends inside the
   * 10:00 group, so only the id can tell the next page where to start.
   */
  private static List<EnrichedArticle> wireDesk() {
    return List.of(
        wire("w-01", 12),
        wire("w-02", 11),
        wire("w-03", 10),
        wire("w-04", 10),
        wire("w-05", 10),
        wire("w-06", 9),
        wire("w-07", 8),
        wire("w-08", 8),
        wire("w-09", 7));
  }

  private static EnrichedArticle wire(String id, int hour) {
    return otherArticle(
        id,
        WIRE_DESK,
        WIRE_DAY.plus(Duration.ofHours(hour)),
        "The wire desk filed item " + id + ".",
        List.of());
  }

  private static List<EnrichedArticle> unionDesk() {
    String acronym = "The EU agreed on fishing quotas.";
    String both = "The European Union (EU) met. The EU agreed.";
    org.newsline.model.Entity eu = TestArticles.entity(acronym, "EU", EntityType.ORGANIZATION);
    org.newsline.model.Entity union =
        TestArticles.entity(both, "European Union", EntityType.ORGANIZATION);
    return List.of(
        otherArticle(
            "u-acronym",
            UNION_DESK,
            Instant.parse("2024-02-05T09:00:00Z"),
            acronym,
            List.of(withCanonicalName(eu, "European Union"))),
        otherArticle(
            "u-both",
            UNION_DESK,
            Instant.parse("2024-02-06T09:00:00Z"),
            both,
            List.of(withCanonicalName(union, "European Union"))));
  }

  private static org.newsline.model.Entity withCanonicalName(
      org.newsline.model.Entity e, String canonicalName) {
    return new org.newsline.model.Entity(
        e.name(), e.type(), e.subtype(), e.count(), e.mentions(), canonicalName);
  }

  /**
   * An article of February 2024 that names the European Union, stored as before entities had a
   * canonical name: its entities carry neither {@code canonicalName} nor {@code canonicalKey}.
   */
  private Document unionBeforeCanonicalNames() {
    String body = "European Union ministers met on Monday.";
    EnrichedArticle old =
        otherArticle(
            "u-before",
            UNION_DESK,
            Instant.parse("2024-02-07T09:00:00Z"),
            body,
            List.of(TestArticles.entity(body, "European Union", EntityType.ORGANIZATION)));
    Document document = ArticleDocuments.toDocument(old, Instant.now());
    document
        .getList("entities", Document.class)
        .forEach(
            e -> {
              e.remove("canonicalName");
              e.remove("canonicalKey");
            });
    return document;
  }

  /** Two Russian articles and a German one; every other article of these tests is English. */
  private static List<EnrichedArticle> foreignDesk() {
    return List.of(
        foreign("f-ru-1", "ru", 10, "Совет утвердил бюджет."),
        foreign("f-ru-2", "ru", 11, "Наводнение закрыло дорогу к порту."),
        foreign("f-de-1", "de", 12, "Der Stadtrat hat den Haushalt beschlossen."));
  }

  private static EnrichedArticle foreign(String id, String language, int day, String body) {
    EnrichedArticle a =
        otherArticle(
            id, FOREIGN_DESK, Instant.parse("2024-01-" + day + "T09:00:00Z"), body, List.of());
    return new EnrichedArticle(
        a.schemaVersion(),
        a.id(),
        a.source(),
        a.url(),
        a.title(),
        a.body(),
        language,
        a.publishedAt(),
        a.receivedAt(),
        a.contentHash(),
        a.removedLines(),
        a.metadata(),
        a.enrichedAt(),
        a.enrichment(),
        a.entities(),
        a.figures(),
        a.dates());
  }

  private static EnrichedArticle otherArticle(
      String id,
      String source,
      Instant published,
      String body,
      List<org.newsline.model.Entity> entities) {
    return TestArticles.article(
        id, source, published, "Item " + id, body, TestArticles.ENRICHED, "1", entities, List.of());
  }

  @Test
  void articleFromKafkaIsReadableByIdWithStoredAt() {
    JsonNode body = getOk("/api/v1/articles/q-03");

    EnrichedArticle expected = corpus.get(3);
    assertThat(body.get("id").asString()).isEqualTo("q-03");
    assertThat(body.get("body").asString()).isEqualTo(expected.body());
    assertThat(body.get("publishedAt").asString()).isEqualTo(expected.publishedAt().toString());
    assertThat(body.get("entities").get(1).get("name").asString()).isEqualTo("Krasnodar");
    assertThat(body.get("figures").get(0).get("qualifier").asString()).isEqualTo("APPROXIMATE");
    assertThat(Instant.parse(body.get("storedAt").asString())).isAfter(expected.receivedAt());
  }

  @Test
  void unknownArticleIsANotFoundProblem() {
    HttpResponse<String> response =
        get("/api/v1/articles/no-such-article", StoreTestSetup.READ_KEY);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json(response).get("detail").asString()).contains("no-such-article");
  }

  @Test
  void walksEveryPageNewestFirstWithoutDuplicatesOrGaps() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          // The corpus's period: the articles of other sources that tests store lie before it.
          getOk(
              "/api/v1/articles?from=2025-01-01&limit=4"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("items").forEach(item -> seen.add(item.get("id").asString()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
      pages++;
    } while (cursor != null && pages < 20);

    List<String> expected =
        corpus.stream()
            .sorted(
                Comparator.comparing(ArticleDocuments::sortAt)
                    .thenComparing(EnrichedArticle::id)
                    .reversed())
            .map(EnrichedArticle::id)
            .toList();
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(new HashSet<>(seen)).hasSize(ARTICLES);
    assertThat(pages).isEqualTo(6);
  }

  @Test
  void summariesLeaveOutTheBodyUnlessFullIsAsked() {
    JsonNode summary = getOk("/api/v1/articles?limit=1");
    JsonNode full = getOk("/api/v1/articles?limit=1&fields=full");

    assertThat(summary.get("items").get(0).has("body")).isFalse();
    assertThat(summary.get("items").get(0).get("title").asString()).startsWith("Report");
    assertThat(full.get("items").get(0).get("body").asString()).contains("Jane Okafor");
  }

  @Test
  void filtersByEntityTypeSourceAndPeriod() {
    assertThat(ids(getOk("/api/v1/articles?entity=Krasnodar&limit=200")))
        .containsExactlyInAnyOrderElementsOf(
            corpus.stream()
                .filter(a -> a.body().contains("Krasnodar"))
                .map(EnrichedArticle::id)
                .toList());
    assertThat(ids(getOk("/api/v1/articles?entity=Krasnodar&type=PERSON&limit=200"))).isEmpty();
    assertThat(
            ids(
                getOk(
                    "/api/v1/articles?entity=Krasnodar&type=location&source="
                        + enc("Coast News")
                        + "&limit=200")))
        .as("Krasnodar articles from Coast News: every sixth")
        .containsExactlyInAnyOrder("q-00", "q-06", "q-12", "q-18");
    assertThat(ids(getOk("/api/v1/articles?from=2025-04-10T00:00:00Z&to=2025-04-10T20:00:00Z")))
        .containsExactly("q-01", "q-00");
  }

  @Test
  void findsAnEntityInAnyCaseAndSpacingAsASearchBoxWould() {
    List<String> krasnodar =
        corpus.stream()
            .filter(a -> a.body().contains("Krasnodar"))
            .map(EnrichedArticle::id)
            .toList();
    assertThat(ids(getOk("/api/v1/articles?entity=krasnodar&limit=200")))
        .containsExactlyInAnyOrderElementsOf(krasnodar);
    assertThat(ids(getOk("/api/v1/articles?entity=KRASNODAR&type=location&limit=200")))
        .containsExactlyInAnyOrderElementsOf(krasnodar);
    assertThat(ids(getOk("/api/v1/articles?entity=" + enc(" port  ELLIS") + "&limit=200")))
        .hasSize(ARTICLES - krasnodar.size());
    assertThat(getOk("/api/v1/figures?entity=krasnodar&limit=200").get("items"))
        .hasSize(krasnodar.size());
    assertThat(ids(getOk("/api/v1/articles?entity=krasnoda&limit=200")))
        .as("a key is the whole name, not a prefix")
        .isEmpty();
  }

  @Test
  void findsADocumentStoredBeforeEntitiesHadAKeyByItsExactName() {
    String body = "Ferries left Ærøskøbing, the harbour office said.";
    EnrichedArticle old =
        TestArticles.article(
            "q-before-keys",
            "Coast News",
            Instant.parse("2020-01-01T00:00:00Z"),
            "Old report",
            body,
            TestArticles.ENRICHED,
            "1",
            List.of(TestArticles.entity(body, "Ærøskøbing", EntityType.LOCATION)),
            List.of());
    Document document = ArticleDocuments.toDocument(old, Instant.now());
    document.getList("entities", Document.class).forEach(e -> e.remove("key"));
    articles.insertOne(document);
    try {
      assertThat(ids(getOk("/api/v1/articles?entity=" + enc("Ærøskøbing"))))
          .containsExactly("q-before-keys");
      assertThat(ids(getOk("/api/v1/articles?entity=" + enc("Ærøskøbing") + "&type=LOCATION")))
          .containsExactly("q-before-keys");
      assertThat(ids(getOk("/api/v1/articles?entity=" + enc("ærøskøbing"))))
          .as("without a key only the exact name finds it, until it is stored again")
          .isEmpty();
    } finally {
      articles.deleteOne(Filters.eq("_id", "q-before-keys"));
    }
  }

  @Test
  void statsCountTheStoredArticlesOfEachPipelineVersionTheHighestFirst() {
    List<String> added = List.of("q-stats-9", "q-stats-10a", "q-stats-10b");
    for (String id : added) {
      String version = id.contains("-9") ? "9" : "10";
      EnrichedArticle article =
          TestArticles.article(
              id,
              "Coast News",
              Instant.parse("2020-01-01T00:00:00Z"),
              "Stats",
              "No entity here.",
              TestArticles.ENRICHED,
              version,
              List.of(),
              List.of());
      articles.insertOne(ArticleDocuments.toDocument(article, Instant.now()));
    }
    try {
      long all = articles.countDocuments();
      JsonNode stats = getOk("/api/v1/stats");

      assertThat(stats.get("articles").asLong()).isEqualTo(all);
      List<String> versions =
          stats
              .get("pipelineVersions")
              .valueStream()
              .map(v -> v.get("pipelineVersion").asString())
              .toList();
      assertThat(versions).as("by their numbers, not as text").containsExactly("10", "9", "1");
      assertThat(stats.get("pipelineVersions").get(0).get("articles").asLong()).isEqualTo(2);
      assertThat(stats.get("pipelineVersions").get(2).get("articles").asLong())
          .isEqualTo(all - added.size());
    } finally {
      articles.deleteMany(Filters.in("_id", added));
    }
  }

  @Test
  void filtersByLanguageInAnyCase() {
    assertThat(ids(getOk("/api/v1/articles?language=ru&limit=200")))
        .containsExactly("f-ru-2", "f-ru-1");
    assertThat(ids(getOk("/api/v1/articles?language=DE&limit=200"))).containsExactly("f-de-1");
    assertThat(ids(getOk("/api/v1/articles?language=en&from=2025-01-01&limit=200")))
        .hasSize(ARTICLES);
    assertThat(ids(getOk("/api/v1/articles?language=en&source=" + enc(FOREIGN_DESK)))).isEmpty();
  }

  @Test
  void valuesThatLookLikeOperatorsAreMatchedLiterally() {
    assertThat(ids(getOk("/api/v1/articles?entity=" + enc("{\"$gt\": \"\"}")))).isEmpty();
    assertThat(ids(getOk("/api/v1/articles?source=" + enc("{\"$ne\": null}")))).isEmpty();
    assertThat(getOk("/api/v1/figures?unit=" + enc(".*")).get("items")).isEmpty();
    assertThat(getOk("/api/v1/figures?unit=" + enc("sol.iers")).get("items")).isEmpty();
  }

  @Test
  void ranksEntitiesByArticleCount() {
    JsonNode items = getOk("/api/v1/entities?limit=3").get("items");

    assertThat(items.get(0).get("name").asString()).isEqualTo("Jane Okafor");
    assertThat(items.get(0).get("articles").asLong()).isEqualTo(ARTICLES);
    assertThat(items.get(1).get("name").asString()).isEqualTo("Port Ellis");
    assertThat(items.get(1).get("articles").asLong()).isEqualTo(15);
    assertThat(items.get(1).get("mentions").asLong()).as("15 articles, 7 with two").isEqualTo(22);
    assertThat(items.get(2).get("name").asString()).isEqualTo("Krasnodar");
    assertThat(items.get(2).get("articles").asLong()).isEqualTo(8);
    assertThat(items.get(2).get("mentions").asLong()).isEqualTo(8);
  }

  @Test
  void countsAnEntityByItsCanonicalNameAndAnEntityStoredBeforeByItsName() {
    articles.insertOne(unionBeforeCanonicalNames());
    try {
      JsonNode items = getOk("/api/v1/entities?from=2024-02-01&to=2024-02-29").get("items");

      assertThat(items).hasSize(1);
      assertThat(items.get(0).get("name").asString()).isEqualTo("European Union");
      assertThat(items.get(0).get("type").asString()).isEqualTo("ORGANIZATION");
      assertThat(items.get(0).get("articles").asLong()).as("EU, both, before").isEqualTo(3);
      assertThat(items.get(0).get("mentions").asLong()).isEqualTo(3);
    } finally {
      articles.deleteOne(Filters.eq("_id", "u-before"));
    }
  }

  @Test
  void findsAnArticleByTheCanonicalNameOfAnEntityItNamedOtherwise() {
    assertThat(ids(getOk("/api/v1/articles?entity=" + enc("european union"))))
        .containsExactly("u-both", "u-acronym");
    assertThat(
            ids(getOk("/api/v1/articles?entity=" + enc("European Union") + "&type=ORGANIZATION")))
        .containsExactly("u-both", "u-acronym");
    assertThat(ids(getOk("/api/v1/articles?entity=EU")))
        .as("the name an article wrote finds that article only")
        .containsExactly("u-acronym");
    assertThat(ids(getOk("/api/v1/articles?entity=" + enc("European Union") + "&type=LOCATION")))
        .isEmpty();
  }

  @Test
  void countsEntitiesOfOneTypeOverAPeriod() {
    JsonNode items =
        getOk("/api/v1/entities?type=LOCATION&from=2025-04-10&to=2025-04-11").get("items");

    // Published in the first two days (a date alone as 'to' runs through that day): q-00..q-03,
    // q-03 at 06:00 on the 11th (q-04 has no publication time and arrived on 2025-04-18). Krasnodar
    // (q-00, q-03) and Port Ellis (q-01, q-02) tie on articles; Port Ellis has more mentions (twice
    // in q-02), which decide before the name.
    assertThat(items).hasSize(2);
    assertThat(items.get(0).get("name").asString()).isEqualTo("Port Ellis");
    assertThat(items.get(0).get("articles").asLong()).isEqualTo(2);
    assertThat(items.get(0).get("mentions").asLong()).isEqualTo(3);
    assertThat(items.get(1).get("name").asString()).isEqualTo("Krasnodar");
    assertThat(items.get(1).get("articles").asLong()).isEqualTo(2);
    assertThat(items.get(1).get("mentions").asLong()).isEqualTo(2);
  }

  @Test
  void reportsFiguresOfAPeriodOnly() {
    // Krasnodar articles (the ones with figures) published on 10-11 April: q-00 and q-03.
    JsonNode items =
        getOk("/api/v1/figures?unit=soldiers&from=2025-04-10&to=2025-04-11&limit=200").get("items");

    assertThat(items.valueStream().map(f -> f.get("articleId").asString()))
        .containsExactly("q-03", "q-00");
    assertThat(
            getOk("/api/v1/figures?unit=soldiers&from=2025-04-11T06:00:01Z&to=2025-04-11")
                .get("items"))
        .as("after q-03, through the 11th")
        .isEmpty();
  }

  @Test
  void filtersFiguresByNormalisedUnitKindAndDirectionEachOnTheFigureItself() {
    JsonNode all = getOk("/api/v1/figures?unitNormalized=soldier&entity=Krasnodar&limit=200");
    JsonNode up = getOk("/api/v1/figures?unitNormalized=soldier&direction=up&kind=COUNT&limit=200");
    JsonNode down = getOk("/api/v1/figures?unitNormalized=soldier&direction=DOWN&limit=200");
    JsonNode money = getOk("/api/v1/figures?unitNormalized=soldier&kind=money&limit=200");

    assertThat(all.get("items")).hasSize(8);
    assertThat(all.get("items"))
        .allSatisfy(f -> assertThat(f.get("unitNormalized").asString()).isEqualTo("soldier"));
    assertThat(up.get("items")).isNotEmpty().hasSizeLessThan(8);
    assertThat(up.get("items"))
        .allSatisfy(
            f -> {
              assertThat(f.get("direction").asString()).isEqualTo("UP");
              assertThat(f.get("kind").asString()).isEqualTo("COUNT");
            });
    assertThat(up.get("items").size() + nullDirections(all)).isEqualTo(8);
    assertThat(down.get("items")).isEmpty();
    assertThat(money.get("items")).isEmpty();
    assertThat(getOk("/api/v1/figures?unitNormalized=Soldier&limit=200").get("items"))
        .as("the canonical unit is matched exactly")
        .isEmpty();
  }

  private static int nullDirections(JsonNode reports) {
    int n = 0;
    for (JsonNode f : reports.get("items")) {
      n += f.get("direction").isNull() ? 1 : 0;
    }
    return n;
  }

  @Test
  void reportsFiguresOfAUnitInAnyCaseForAnEntity() {
    JsonNode items = getOk("/api/v1/figures?unit=SOLDIERS&entity=Krasnodar&limit=200").get("items");

    assertThat(items).hasSize(8);
    Set<String> units = new HashSet<>();
    items.forEach(
        f -> {
          units.add(f.get("unit").asString());
          assertThat(f.get("unitNormalized").asString()).isEqualTo("soldier");
          boolean even = Integer.parseInt(f.get("articleId").asString().substring(2)) % 2 == 0;
          assertThat(f.get("direction").isNull() ? null : f.get("direction").asString())
              .isEqualTo(even ? "UP" : null);
          assertThat(f.get("text").asString()).endsWith("soldiers");
          assertThat(f.get("qualifier").asString()).isEqualTo("APPROXIMATE");
          assertThat(f.get("value").asDouble())
              .isEqualTo(100 + Integer.parseInt(f.get("articleId").asString().substring(2)));
        });
    assertThat(units).containsExactlyInAnyOrder("soldiers", "Soldiers");
    assertThat(getOk("/api/v1/figures?unit=soldiers&limit=2").get("items")).hasSize(2);
    assertThat(getOk("/api/v1/figures?unit=soldiers&entity=" + enc("Port Ellis")).get("items"))
        .isEmpty();
  }

  @Test
  void pagesGoOnFromTheirCursorWhileNewArticlesArriveBeforeAndAfterIt() {
    String wire = "/api/v1/articles?source=" + enc(WIRE_DESK) + "&limit=3";
    JsonNode first = getOk(wire);
    List<String> seen = new ArrayList<>(ids(first));
    assertThat(seen)
        .as("first page, ending inside the 10:00 group")
        .containsExactly("w-01", "w-02", "w-05");

    // Stored after the first page was read: newer than its cursor (13:00; 10:00 with a greater id)
    // and older (10:00 with a smaller id, 08:00 between two stored ones, 06:00).
    StoreTestSetup.send(
        infrastructure(),
        enrichedTopic,
        List.of(
            wire("w-00", 13),
            wire("w-05b", 10),
            wire("w-03b", 10),
            wire("w-07b", 8),
            wire("w-10", 6)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> articles.countDocuments(Filters.eq("source", WIRE_DESK)) == 14);

    String cursor = first.get("nextCursor").asString();
    int pages = 1;
    while (cursor != null && pages < 20) {
      JsonNode page = getOk(wire + "&cursor=" + cursor);
      seen.addAll(ids(page));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
      pages++;
    }

    assertThat(seen)
        .as("every article there at the start exactly once")
        .doesNotHaveDuplicates()
        .containsAll(wireDesk().stream().map(EnrichedArticle::id).toList());
    assertThat(seen)
        .as("and, after the cursor, exactly what sorts after it, new ones included, in order")
        .containsExactly(
            "w-01", "w-02", "w-05", "w-04", "w-03b", "w-03", "w-06", "w-08", "w-07b", "w-07",
            "w-09", "w-10");
  }

  @Test
  void ranksEntitiesByArticlesBeforeMentions() {
    JsonNode items = getOk("/api/v1/entities?from=2024-03-01&to=2024-03-31").get("items");

    // One article mentions the Harbour Board five times; three mention the Ferry Union once each.
    assertThat(items.valueStream().map(e -> e.get("name").asString()))
        .containsExactly("Ferry Union", "Harbour Board");
    assertThat(items.get(0).get("articles").asLong()).isEqualTo(3);
    assertThat(items.get(0).get("mentions").asLong()).isEqualTo(3);
    assertThat(items.get(1).get("articles").asLong()).isEqualTo(1);
    assertThat(items.get(1).get("mentions").asLong()).isEqualTo(5);
  }

  @Test
  void datesFiguresByArrivalWhenTheArticleHasNoPublicationTime() {
    // Krasnodar articles of 18 April: q-21 published at 18:00, q-09 unpublished, arrived 09:31.
    JsonNode day = getOk("/api/v1/figures?unit=soldiers&from=2025-04-18&to=2025-04-18&limit=200");
    JsonNode morning =
        getOk("/api/v1/figures?unit=soldiers&from=2025-04-18&to=2025-04-18T12:00:00Z&limit=200");

    assertThat(day.get("items").valueStream().map(f -> f.get("articleId").asString()))
        .as("a date alone as 'to' runs through that day")
        .containsExactly("q-21", "q-09");
    assertThat(day.get("items").get(1).get("publishedAt").isNull()).isTrue();
    assertThat(morning.get("items").valueStream().map(f -> f.get("articleId").asString()))
        .containsExactly("q-09");
    assertThat(day.get("truncated").asBoolean()).isFalse();
  }

  @Test
  void readsAtMostTheScanCapOfArticlesForFiguresAndSaysTheAnswerWasCutShort() {
    // All 23 articles mention Jane Okafor; only the Krasnodar ones (every third) have figures.
    JsonNode response = getOk("/api/v1/figures?entity=" + enc("Jane Okafor") + "&limit=200");

    List<String> newestWithFigures =
        corpus.stream()
            .sorted(
                Comparator.comparing(ArticleDocuments::sortAt)
                    .thenComparing(EnrichedArticle::id)
                    .reversed())
            .limit(SCAN_CAP)
            .filter(a -> !a.figures().isEmpty())
            .map(EnrichedArticle::id)
            .toList();
    assertThat(newestWithFigures).as("the cap hides some of the 8 figures").hasSizeLessThan(8);
    assertThat(response.get("items").valueStream().map(f -> f.get("articleId").asString()))
        .as("figures of the %d newest articles only", SCAN_CAP)
        .containsExactlyElementsOf(newestWithFigures);
    assertThat(response.get("truncated").asBoolean())
        .as("more articles match than were read, and fewer figures than the limit were found")
        .isTrue();
  }

  @Test
  void anAnswerIsNotCutShortWhenEveryMatchingArticleWasReadOrTheLimitWasReached() {
    JsonNode allRead = getOk("/api/v1/figures?entity=Krasnodar&limit=200");
    JsonNode limitReached = getOk("/api/v1/figures?entity=" + enc("Jane Okafor") + "&limit=1");
    // Exactly the cap of articles lies in this period (q-00..q-11 but the unpublished q-04, q-09):
    // all were read, none is left.
    JsonNode exactlyTheCap =
        getOk("/api/v1/figures?from=2025-04-10&to=2025-04-14T16:00:00Z&limit=200");

    assertThat(allRead.get("items")).hasSize(8);
    assertThat(allRead.get("truncated").asBoolean()).isFalse();
    assertThat(limitReached.get("items")).hasSize(1);
    assertThat(limitReached.get("truncated").asBoolean()).isFalse();
    assertThat(exactlyTheCap.get("items").valueStream().map(f -> f.get("articleId").asString()))
        .containsExactly("q-06", "q-03", "q-00");
    assertThat(exactlyTheCap.get("truncated").asBoolean())
        .as("%d articles read, the cap, and no more match", SCAN_CAP)
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/articles?limit=0, limit",
    "/api/v1/articles?search=storm, search",
    "/api/v1/articles?q=%22.*%22, q",
    "/api/v1/articles?q=a+b+c+d+e+f+g+h+i+j+k, q",
    "/api/v1/articles?entity=Lyon&Entity=Lyon, Entity",
    "/api/v1/entities?unit=euros, unit",
    "/api/v1/figures?colour=red, colour",
    "/api/v1/figures?kind=PLANET, kind",
    "/api/v1/figures?direction=sideways, direction",
    "/api/v1/figures?unitNormalized=%20, unitNormalized",
    "/api/v1/articles/q-00?fields=title, fields",
    "/api/v1/articles?limit=201, limit",
    "/api/v1/articles?limit=many, limit",
    "/api/v1/articles?from=yesterday, from",
    "/api/v1/articles?from=2025-04-12&to=2025-04-11, to",
    "/api/v1/articles?cursor=bm90LWEtY3Vyc29y, cursor",
    "/api/v1/articles?type=PLANET, type",
    "/api/v1/articles?language=russian, language",
    "/api/v1/articles?language=en-GB, language",
    "/api/v1/articles?fields=everything, fields",
    "/api/v1/entities?type=planet, type",
    "/api/v1/entities?limit=1000, limit",
    "/api/v1/figures?to=2025-13-01, to",
    "/api/v1/figures?unit=%20, unit",
    "/api/v1/articles/%24where, id",
  })
  void badParameterIsABadRequestNamingIt(String path, String parameter) {
    HttpResponse<String> response = get(path, StoreTestSetup.READ_KEY);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
    assertThat(problem.get("detail").asString()).contains(parameter);
  }

  @Test
  void refusesRequestsWithoutAValidReadKey() {
    assertThat(get("/api/v1/articles", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/articles", "wrong-key").statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/articles", StoreTestSetup.MANAGEMENT_KEY).statusCode()).isEqualTo(403);
    HttpResponse<String> bearer =
        send(
            HttpRequest.newBuilder(uri("/api/v1/articles?limit=1"))
                .header("Authorization", "Bearer " + StoreTestSetup.READ_KEY)
                .build());
    assertThat(bearer.statusCode()).isEqualTo(200);
  }

  @Test
  void describesTheApiWithExamples() {
    HttpResponse<String> response = get("/v3/api-docs", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode paths = json(response).get("paths");
    assertThat(json(response).at("/info/title").asString()).isEqualTo("Newsline store API");
    assertThat(json(response).at("/servers/0/url").asString()).isEqualTo("/");
    assertThat(response.body()).doesNotContain("Generated server url", "OpenAPI definition");
    for (String path : new String[] {"/api/v1/articles", "/api/v1/entities", "/api/v1/figures"}) {
      JsonNode limit =
          paths
              .get(path)
              .get("get")
              .get("parameters")
              .valueStream()
              .filter(p -> p.get("name").asString().equals("limit"))
              .findFirst()
              .orElseThrow();
      assertThat(limit.at("/schema/type").asString()).as(path + " limit").isEqualTo("integer");
    }
    assertThat(paths.has("/api/v1/articles")).isTrue();
    assertThat(paths.has("/api/v1/articles/{id}")).isTrue();
    assertThat(paths.has("/api/v1/entities")).isTrue();
    assertThat(paths.has("/api/v1/figures")).isTrue();
    assertThat(response.body()).contains("\"examples\"");
    JsonNode truncated =
        json(response).at("/components/schemas/FigureReports/properties/truncated");
    assertThat(truncated.isMissingNode())
        .as("the figures' truncation flag is in the response schema")
        .isFalse();
    assertThat(truncated.get("description").asString()).contains("max-scanned-articles");
    assertThat(paths.get("/api/v1/figures").get("get").get("description").asString())
        .contains("max-scanned-articles", "truncated");
  }

  @Test
  void qFindsTheArticlesHoldingEveryWordAndPhraseInAnyCaseCombinedWithTheOtherFilters() {
    List<String> harbourCoastNews = new ArrayList<>();
    List<String> celebrated = new ArrayList<>();
    List<String> krasnodar = new ArrayList<>();
    for (int i = ARTICLES - 1; i >= 0; i--) {
      String id = String.format("q-%02d", i);
      if (i % 3 != 0 && i % 2 == 0) {
        harbourCoastNews.add(id);
      }
      if (i % 3 == 2) {
        celebrated.add(id);
      }
      if (i % 3 == 0) {
        krasnodar.add(id);
      }
    }

    assertThat(ids(getOk("/api/v1/articles?limit=200&source=" + enc("Coast News") + "&q=HARBOUR")))
        .containsExactlyInAnyOrderElementsOf(harbourCoastNews);
    assertThat(ids(getOk("/api/v1/articles?limit=200&q=" + enc("\"port ellis celebrated\""))))
        .containsExactlyInAnyOrderElementsOf(celebrated);
    assertThat(ids(getOk("/api/v1/articles?limit=200&q=" + enc("Krasnodar soldiers Okafor"))))
        .as("every word required")
        .containsExactlyInAnyOrderElementsOf(krasnodar);
    assertThat(ids(getOk("/api/v1/articles?limit=200&q=" + enc("Krasnodar harbour"))))
        .as("no article has both")
        .isEmpty();
    assertThat(ids(getOk("/api/v1/articles?limit=200&q=harb"))).as("whole words").isEmpty();
  }

  @Test
  void presenceAnswersWhichOfTheGivenIdsAreStoredInTheOrderAskedEachOnce() {
    HttpResponse<String> response =
        post(
            "/api/v1/articles/presence",
            "{\"ids\":[\"q-05\",\"never-sent\",\"q-01\",\"q-05\"]}",
            StoreTestSetup.READ_KEY);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode presence = json(response);
    assertThat(presence.get("asked").asInt()).isEqualTo(3);
    assertThat(presence.get("stored").valueStream().map(JsonNode::asString).toList())
        .containsExactly("q-05", "q-01");
  }

  @Test
  void presenceRefusesNoIdsTooManyIdsAndAnOverlongIdNamingTheField() {
    String tooMany =
        java.util.stream.IntStream.range(0, 1001)
            .mapToObj(i -> "\"id-" + i + "\"")
            .collect(java.util.stream.Collectors.joining(",", "{\"ids\":[", "]}"));
    for (String body :
        List.of("{\"ids\":[]}", "{}", tooMany, "{\"ids\":[\"" + "x".repeat(201) + "\"]}")) {
      HttpResponse<String> response =
          post("/api/v1/articles/presence", body, StoreTestSetup.READ_KEY);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(json(response).get("parameter").asString()).isEqualTo("ids");
    }
    assertThat(post("/api/v1/articles/presence", "{\"ids\":[\"q-01\"]}", null).statusCode())
        .as("without a key")
        .isEqualTo(401);
  }

  private HttpResponse<String> post(String path, String body, String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return send(request.build());
  }

  private JsonNode getOk(String path) {
    HttpResponse<String> response = get(path, StoreTestSetup.READ_KEY);
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
    return json(response);
  }

  private HttpResponse<String> get(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
