package org.newsline.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.FindIterable;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.newsline.model.EntityType;
import org.newsline.store.StoreTestSetup;
import org.newsline.store.WinningPlans;
import org.newsline.store.query.QueryParameters.Period;
import org.newsline.testsupport.ContainerInfrastructure;
import org.newsline.testsupport.Infrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The query API, aggregations included, against real Kafka and MongoDB 8; and, only here (the
 * stand-in ignores indexes), which index each query the API runs uses, as store-service/README.md's
 * index table says. The queries are built by the methods the API calls ({@code ArticleQueries}'s
 * {@code *Query}) and explained by MongoDB ({@code queryPlanner} verbosity: the plan it would run).
 * The values are selective ones of the scenario's articles (three Ferry Union articles of the
 * source Ledger, eight with soldiers): for a value most articles share, the planner may rightly
 * prefer walking {@code sortAt_id} in order.
 */
@Testcontainers(disabledWithoutDocker = true)
class QueryContainersIT extends QueryScenario {

  private static final Period OPEN = new Period(null, null);
  private static final Period MARCH_2024 =
      new Period(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"));
  private static final PageCursor INSIDE_THE_CORPUS =
      new PageCursor(Instant.parse("2025-04-14T04:00:00Z"), "q-10");

  @Container static KafkaContainer kafka = ContainerInfrastructure.kafka();
  @Container static MongoDBContainer mongo = ContainerInfrastructure.mongo();

  @Autowired ArticleQueries queries;
  @Autowired TextSearch textSearch;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    StoreTestSetup.register(registry, ContainerInfrastructure.of(kafka, mongo));
  }

  @Override
  protected Infrastructure infrastructure() {
    return ContainerInfrastructure.of(kafka, mongo);
  }

  @Test
  void articleByIdUsesTheIdIndex() {
    assertUses(explain(queries.byIdQuery("q-03")), "_id_");
  }

  @Test
  void articlePagesUseSortAtIdForTheirOrderCursorPeriodAndATypeAlone() {
    assertUses(explain(list(null, null, null, OPEN, null)), "sortAt_id");
    assertUses(explain(list(null, null, null, OPEN, INSIDE_THE_CORPUS)), "sortAt_id");
    assertUses(explain(list(null, null, null, MARCH_2024, null)), "sortAt_id");
    assertUses(
        explain(list(null, EntityType.PERSON, null, OPEN, null)),
        "sortAt_id",
        "no index serves entities.type alone: the planner walks the order");
  }

  @Test
  void articlesOfAnEntityUseTheEntityKeyAndNameIndexes() {
    assertUsesBoth(explain(list("ferry union", null, null, OPEN, null)));
    assertUsesBoth(explain(list("Ferry Union", EntityType.ORGANIZATION, null, OPEN, null)));
  }

  @Test
  void articlesOfASourceUseTheSourceIndex() {
    assertUses(explain(list(null, null, LEDGER, OPEN, null)), "source");
  }

  @Test
  void entityCountsOverAPeriodUseSortAtIdAndWithoutOneReadEveryArticle() {
    assertUses(explain(queries.topEntitiesQuery(null, MARCH_2024, 20)), "sortAt_id");
    assertUses(
        explain(queries.topEntitiesQuery(EntityType.ORGANIZATION, MARCH_2024, 20)), "sortAt_id");

    // As the README says: no index serves entities.type alone, and counting over every article
    // must read every article.
    WinningPlans everything = explain(queries.topEntitiesQuery(EntityType.PERSON, OPEN, 20));
    assertThat(everything.scansTheCollection()).as(everything.toString()).isTrue();
    assertThat(everything.scannedIndexes()).as(everything.toString()).isEmpty();
  }

  @Test
  void figuresUseTheIndexOfTheirUnitEntityOrPeriod() {
    assertUses(
        explain(queries.figuresQuery(new FigureFilter("soldiers", null, null, null), null, OPEN)),
        "figures_unit");
    assertUsesBoth(explain(queries.figuresQuery(FigureFilter.ANY, "Ferry Union", OPEN)));
    assertUses(explain(queries.figuresQuery(FigureFilter.ANY, null, MARCH_2024)), "sortAt_id");
    assertUses(explain(queries.figuresQuery(FigureFilter.ANY, null, OPEN)), "sortAt_id");
  }

  @Test
  void theProbeForMoreFiguresUsesAnIndexOfItsFiltersOrItsCursor() {
    // No sort, one result: the planner may take the unit's index, or for the cursor's $or sortAt_id
    // (and _id_ for its "same sortAt, smaller _id" branch); the README allows any of them, never a
    // collection scan.
    WinningPlans unit =
        explain(
            queries.moreFiguresQuery(
                new FigureFilter("soldiers", null, null, null), null, OPEN, INSIDE_THE_CORPUS));
    assertThat(unit.scansTheCollection()).as(unit.toString()).isFalse();
    assertThat(unit.scannedIndexes())
        .as(unit.toString())
        .isNotEmpty()
        .isSubsetOf("figures_unit", "sortAt_id", "_id_");
    assertUses(
        explain(queries.moreFiguresQuery(FigureFilter.ANY, null, OPEN, INSIDE_THE_CORPUS)),
        "sortAt_id");
  }

  @Test
  void qIsAMongoDbTextSearchOnTheTextIndex() {
    assertThat(textSearch.usesTextIndex()).as("MongoDB 8 answers $text").isTrue();
    WinningPlans plans =
        explain(
            queries.listQuery(
                null,
                null,
                null,
                null,
                OPEN,
                null,
                20,
                false,
                textSearch.filter(SearchTerms.parse("harbour \"Port Ellis\""))));
    assertThat(plans.scannedIndexes()).as(plans.toString()).contains("title_body_text");
  }

  private FindIterable<Document> list(
      String entity, EntityType type, String source, Period period, PageCursor cursor) {
    return queries.listQuery(entity, type, source, null, period, cursor, 20, false, null);
  }

  private static WinningPlans explain(FindIterable<Document> query) {
    return WinningPlans.of(query.explain(ExplainVerbosity.QUERY_PLANNER));
  }

  private static WinningPlans explain(AggregateIterable<Document> aggregation) {
    return WinningPlans.of(aggregation.explain(ExplainVerbosity.QUERY_PLANNER));
  }

  private static void assertUses(WinningPlans plans, String index) {
    assertUses(plans, index, "README index table");
  }

  /**
   * An entity's three branches: its key (any case, no accents), its canonical name's key and, for
   * older documents, its name.
   */
  private static void assertUsesBoth(WinningPlans plans) {
    assertThat(plans.scannedIndexes())
        .as("README index table: %s", plans)
        .containsExactlyInAnyOrder(
            "entities_key_type", "entities_canonicalKey_type", "entities_name_type");
    assertThat(plans.scansTheCollection()).as("COLLSCAN in %s", plans).isFalse();
  }

  private static void assertUses(WinningPlans plans, String index, String why) {
    assertThat(plans.scannedIndexes()).as("%s: %s", why, plans).containsExactly(index);
    assertThat(plans.scansTheCollection()).as("COLLSCAN in %s", plans).isFalse();
  }
}
