package org.newsline.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.newsline.model.Direction;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.Figure;
import org.newsline.store.TestArticles;

class ArticleDocumentsTest {

  private static final Instant STORED = Instant.parse("2025-04-18T09:31:06.789Z");

  @Test
  void mapsAnArticleToADocumentAndBackUnchanged() {
    EnrichedArticle article = TestArticles.harbour("coast-1");

    Document doc = ArticleDocuments.toDocument(article, STORED);

    assertThat(ArticleDocuments.toArticle(doc)).isEqualTo(article);
    assertThat(ArticleDocuments.toStored(doc).storedAt()).isEqualTo(STORED);
  }

  @Test
  void storesIdAsUnderscoreIdAndTimestampsAsBsonDates() {
    Document doc = ArticleDocuments.toDocument(TestArticles.harbour("coast-2"), STORED);

    assertThat(doc.get("_id")).isEqualTo("coast-2");
    assertThat(doc).doesNotContainKey("id");
    assertThat(doc.get("publishedAt")).isEqualTo(Date.from(TestArticles.PUBLISHED));
    assertThat(doc.get("receivedAt")).isEqualTo(Date.from(TestArticles.RECEIVED));
    assertThat(doc.get("enrichedAt")).isEqualTo(Date.from(TestArticles.ENRICHED));
    assertThat(doc.get("storedAt")).isEqualTo(Date.from(STORED));
    assertThat(doc.get("sortAt")).isEqualTo(Date.from(TestArticles.PUBLISHED));
  }

  @Test
  void spellsEnumsAsTheContractDoes() {
    Document doc = ArticleDocuments.toDocument(TestArticles.harbour("coast-3"), STORED);

    Document entity = doc.getList("entities", Document.class).get(0);
    assertThat(entity.getString("type")).isEqualTo("PERSON");
    Document mention = entity.getList("mentions", Document.class).get(0);
    assertThat(mention.getString("field")).isEqualTo("body");
    Document figure = doc.getList("figures", Document.class).get(0);
    assertThat(figure.getString("qualifier")).isEqualTo("APPROXIMATE");
    assertThat(figure.getString("kind")).isEqualTo("COUNT");
    assertThat(figure.getDouble("value")).isEqualTo(300.0);
    assertThat(doc.get("enrichment", Document.class).getString("pipelineVersion")).isEqualTo("1");
  }

  @Test
  void keepsAFiguresNormalisedUnitAndDirectionAndReadsADocumentStoredWithoutThemAsNull() {
    EnrichedArticle article = TestArticles.harbour("coast-7");
    Figure up =
        article.figures().get(0).withUnit("residents", "resident").withDirection(Direction.UP);
    EnrichedArticle withFields = withFigures(article, List.of(up));

    Document doc = ArticleDocuments.toDocument(withFields, STORED);
    Document figure = doc.getList("figures", Document.class).get(0);
    assertThat(figure.getString("unitNormalized")).isEqualTo("resident");
    assertThat(figure.getString("direction")).isEqualTo("UP");
    assertThat(ArticleDocuments.toArticle(doc).figures()).containsExactly(up);

    figure.remove("unitNormalized");
    figure.remove("direction");
    assertThat(ArticleDocuments.toArticle(doc).figures())
        .extracting(Figure::unit, Figure::unitNormalized, Figure::direction)
        .containsExactly(org.assertj.core.api.Assertions.tuple("residents", null, null));
  }

  private static EnrichedArticle withFigures(EnrichedArticle a, List<Figure> figures) {
    return new EnrichedArticle(
        a.schemaVersion(),
        a.id(),
        a.source(),
        a.url(),
        a.title(),
        a.body(),
        a.language(),
        a.publishedAt(),
        a.receivedAt(),
        a.contentHash(),
        a.removedLines(),
        a.metadata(),
        a.enrichedAt(),
        a.enrichment(),
        a.entities(),
        figures,
        a.dates());
  }

  @Test
  void refusesAMetadataKeyThatNoBsonFieldNameCanHold() {
    EnrichedArticle article = TestArticles.harbour("coast-6");
    EnrichedArticle nul =
        new EnrichedArticle(
            article.schemaVersion(),
            article.id(),
            article.source(),
            article.url(),
            article.title(),
            article.body(),
            article.language(),
            article.publishedAt(),
            article.receivedAt(),
            article.contentHash(),
            List.of(),
            java.util.Map.of("desk\u0000", "city"),
            article.enrichedAt(),
            article.enrichment(),
            List.of(),
            List.of(),
            List.of());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ArticleDocuments.toDocument(nul, STORED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NUL");
  }

  @Test
  void sortsByReceptionWhenThePublicationTimeIsUnknown() {
    EnrichedArticle article = TestArticles.harbour("coast-4");
    EnrichedArticle undated =
        new EnrichedArticle(
            article.schemaVersion(),
            article.id(),
            null,
            null,
            article.title(),
            article.body(),
            null,
            null,
            article.receivedAt(),
            article.contentHash(),
            List.of(),
            java.util.Map.of(),
            article.enrichedAt(),
            article.enrichment(),
            List.of(),
            List.of(),
            List.of());

    Document doc = ArticleDocuments.toDocument(undated, STORED);

    assertThat(doc.get("sortAt")).isEqualTo(Date.from(TestArticles.RECEIVED));
    assertThat(doc.containsKey("publishedAt")).isTrue();
    assertThat(doc.get("publishedAt")).isNull();
    assertThat(ArticleDocuments.toArticle(doc)).isEqualTo(undated);
  }

  /**
   * What a summary query's projection returns (a document without its body) reads as an article
   * with a null body and every other field; that the query leaves the body out is checked on the
   * real query path, in {@code QueryScenario.summariesLeaveOutTheBodyUnlessFullIsAsked}.
   */
  @Test
  void readsADocumentProjectedWithoutItsBodyAsASummary() {
    Document doc = ArticleDocuments.toDocument(TestArticles.harbour("coast-5"), STORED);
    assertThat(doc.containsKey("body")).as("the stored document holds the body").isTrue();
    doc.remove("body");

    StoredArticle summary = ArticleDocuments.toStored(doc);

    assertThat(summary.body()).isNull();
    assertThat(summary.title()).isEqualTo("Harbour town reopens after storm");
  }

  @Test
  void keepsAnEntitysCanonicalNameWithItsKeyAndReadsADocumentStoredWithoutOneAsNull() {
    String body = "The EU agreed.";
    org.newsline.model.Entity eu =
        TestArticles.entity(body, "EU", org.newsline.model.EntityType.ORGANIZATION);
    EnrichedArticle article =
        TestArticles.article(
            "eu-1",
            "Coast News",
            STORED,
            "EU",
            body,
            TestArticles.ENRICHED,
            "3",
            List.of(
                new org.newsline.model.Entity(
                    eu.name(), eu.type(), null, eu.count(), eu.mentions(), "European Union")),
            List.of());

    Document doc = ArticleDocuments.toDocument(article, STORED);
    Document entity = doc.getList("entities", Document.class).get(0);

    assertThat(entity.getString("canonicalName")).isEqualTo("European Union");
    assertThat(entity.getString("canonicalKey")).isEqualTo("european union");
    assertThat(ArticleDocuments.toArticle(doc)).isEqualTo(article);

    entity.remove("canonicalName");
    entity.remove("canonicalKey");
    assertThat(ArticleDocuments.toArticle(doc).entities().get(0).canonicalName()).isNull();
  }
}
