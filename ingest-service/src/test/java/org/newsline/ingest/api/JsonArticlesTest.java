package org.newsline.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsline.ingest.validation.ArticleRequest;
import org.newsline.ingest.validation.InvalidArticleException;

class JsonArticlesTest {

  private static ArticleRequest parse(String json) {
    return JsonArticles.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsFieldsAndTurnsScalarMetadataIntoStrings() {
    ArticleRequest request =
        parse(
            "{\"id\": 42, \"body\": \"B\", \"metadata\": {\"n\": 1, \"ok\": true, \"none\": null}, \"unknown\": [1]}");

    assertThat(request.id()).isEqualTo("42");
    assertThat(request.metadata())
        .containsEntry("n", "1")
        .containsEntry("ok", "true")
        .containsEntry("none", "");
  }

  @Test
  void rejectsWhatIsNotAnObjectAsMalformed() {
    assertThatThrownBy(() -> parse("null")).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> parse("[]")).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> parse("")).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> parse("{\"a\": 1, \"a\": 2}"))
        .isInstanceOf(MalformedRequestException.class);
  }

  @Test
  void namesEveryFieldOfTheWrongType() {
    assertThatThrownBy(() -> parse("{\"body\": 1, \"title\": {}, \"format\": \"pdf\"}"))
        .isInstanceOfSatisfying(
            InvalidArticleException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + "/" + v.rule())
                    .contains("body/type", "title/type"));
    assertThatThrownBy(() -> parse("{\"body\": \"B\", \"format\": \"pdf\"}"))
        .isInstanceOfSatisfying(
            InvalidArticleException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + "/" + v.rule())
                    .containsExactly("format/format"));
  }

  @Test
  void convertsHtmlAndMarksTextForTitleExtraction() {
    ArticleRequest html =
        parse("{\"format\": \"html\", \"body\": \"<h1>Ferries</h1><p>Back on Tuesday.</p>\"}");
    ArticleRequest text = parse("{\"format\": \"text\", \"body\": \"Title\\n\\nBody\"}");

    assertThat(html.title()).isEqualTo("Ferries");
    assertThat(html.body()).contains("Back on Tuesday.").doesNotContain("<p>");
    assertThat(text.titleInBody()).isTrue();
  }
}
