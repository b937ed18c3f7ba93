package org.newsline.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistry;
import org.junit.jupiter.api.Test;
import org.newsline.store.StoreProperties;

class SearchTermsTest {

  @Test
  void splitsWordsAndQuotedPhrasesAndDropsPunctuation() {
    SearchTerms terms = SearchTerms.parse("harbour, \"storm surge\" Rotterdam's \"Ellis\" harbour");

    assertThat(terms.words()).containsExactlyInAnyOrder("harbour", "Rotterdam's", "Ellis");
    assertThat(terms.phrases()).containsExactly(List.of("storm", "surge"));
    assertThat(terms.textSearch())
        .as("every term quoted: $text then requires all of them")
        .contains("\"harbour\"", "\"Rotterdam's\"", "\"Ellis\"", "\"storm surge\"")
        .doesNotContain("\"harbour\" \"harbour\"");
  }

  @Test
  void anUnclosedQuoteRunsToTheEnd() {
    assertThat(SearchTerms.parse("port \"storm surge").phrases())
        .containsExactly(List.of("storm", "surge"));
  }

  @Test
  void refusesNoWordAndTooManyTermsNamingQ() {
    for (String q : List.of("\"\"", ".* [] $", "a b c d e f g h i j k")) {
      assertThatThrownBy(() -> SearchTerms.parse(q))
          .isInstanceOfSatisfying(
              BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("q"));
    }
    assertThat(SearchTerms.parse("a b c d e f g h i j").words()).hasSize(10);
  }

  @Test
  void theScanMatchesEachTermLiterallyAsAWholeWordInTitleOrBody() {
    String filter =
        TextSearch.scan(SearchTerms.parse("x-ray's \"port ellis\""))
            .toBsonDocument(BsonDocument.class, CodecRegistry())
            .toJson();

    assertThat(filter)
        .contains("\\\\Qx-ray's\\\\E")
        .contains("\\\\Qport\\\\E\\\\s+\\\\Qellis\\\\E")
        .contains("\"title\"", "\"body\"", "\"options\": \"i\"", "(?<![\\\\p{L}\\\\p{N}])");
  }

  @Test
  void aSetModeIsUsedWithoutAskingTheServer() {
    SearchTerms terms = SearchTerms.parse("harbour");

    // No collection: asking the server would fail.
    assertThat(
            json(
                new TextSearch(null, properties(StoreProperties.TextSearchMode.SCAN))
                    .filter(terms)))
        .contains("$regularExpression")
        .doesNotContain("$text");
    assertThat(
            json(
                new TextSearch(null, properties(StoreProperties.TextSearchMode.INDEX))
                    .filter(terms)))
        .contains("\"$text\"", "\"$search\": \"\\\"harbour\\\"\"");
  }

  private static String json(org.bson.conversions.Bson filter) {
    return filter.toBsonDocument(BsonDocument.class, CodecRegistry()).toJson();
  }

  private static StoreProperties properties(StoreProperties.TextSearchMode mode) {
    return new StoreProperties(
        "articles",
        "majority",
        16 * 1024 * 1024,
        null,
        new StoreProperties.Writing(
            "g", 1, 500, java.time.Duration.ofMillis(500), 2.0, java.time.Duration.ofSeconds(30)),
        new StoreProperties.Query(20, 200, 200, 2000, mode));
  }

  private static CodecRegistry CodecRegistry() {
    return com.mongodb.MongoClientSettings.getDefaultCodecRegistry();
  }
}
