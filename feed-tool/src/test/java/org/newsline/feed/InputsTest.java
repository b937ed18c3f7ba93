package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class InputsTest {

  @TempDir Path dir;

  @Test
  void readsNdjsonLinesMappingCategoryIntoMetadata() throws IOException {
    Path file = dir.resolve("corpus.ndjson");
    Files.writeString(
        file,
        "{\"id\":\"c-1\",\"title\":\"Harbour\",\"body\":\"The port reopened.\",\"source\":\"coast\",\"category\":\"local\",\"extra\":1}\n"
            + "\n"
            + "{\"title\":\"No id\",\"body\":\"Ferries returned.\"}\n"
            + "not json at all\n");

    List<FeedItem> items = all(Inputs.read(file, "fallback"));

    assertThat(items)
        .extracting(FeedItem::key)
        .containsExactly("id:c-1", "corpus.ndjson#3", "corpus.ndjson#4");
    JsonNode first = Inputs.JSON.readTree(items.get(0).json());
    assertThat(first.get("metadata").get("category").asString()).isEqualTo("local");
    assertThat(first.get("source").asString()).isEqualTo("coast");
    assertThat(first.has("extra")).isFalse();
    assertThat(Inputs.JSON.readTree(items.get(1).json()).get("source").asString())
        .isEqualTo("fallback");
    assertThat(items.get(2).json()).isEqualTo("not json at all");
  }

  @Test
  void readsAJsonObjectOrArray() throws IOException {
    Path one = dir.resolve("one.json");
    Files.writeString(one, "{\"id\": \"o-1\", \"body\": \"The port reopened.\"}");
    Path many = dir.resolve("many.json");
    Files.writeString(many, "[{\"body\": \"A.\"}, {\"id\": \"m-2\", \"body\": \"B.\"}]");

    assertThat(all(Inputs.read(one, null))).extracting(FeedItem::key).containsExactly("id:o-1");
    assertThat(all(Inputs.read(many, null)))
        .extracting(FeedItem::key)
        .containsExactly("many.json#0", "id:m-2");
  }

  @Test
  void sendsTextAndHtmlFilesWholeWithTheirFormat() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Harbour reopens\n\nThe port reopened.");
    Files.writeString(dir.resolve("a.html"), "<h1>Ferries</h1><p>Back.</p>");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.ndjson"), "{\"id\": \"c\", \"body\": \"x\"}\n");
    Files.writeString(dir.resolve("notes.md"), "ignored");

    List<FeedItem> items = all(Inputs.read(dir, null));

    assertThat(items).extracting(FeedItem::key).containsExactly("a.html", "b.txt", "id:c");
    JsonNode html = Inputs.JSON.readTree(items.get(0).json());
    assertThat(html.get("format").asString()).isEqualTo("html");
    assertThat(html.get("metadata").get("file").asString()).isEqualTo("a.html");
    JsonNode text = Inputs.JSON.readTree(items.get(1).json());
    assertThat(text.get("format").asString()).isEqualTo("text");
    assertThat(text.get("body").asString()).isEqualTo("Harbour reopens\n\nThe port reopened.");
  }

  @Test
  void readsLatin1TextWhenItIsNotUtf8() throws IOException {
    Path file = dir.resolve("old.txt");
    Files.write(file, "Price £5".getBytes(StandardCharsets.ISO_8859_1));

    String json = all(Inputs.read(file, null)).get(0).json();

    assertThat(Inputs.JSON.readTree(json).get("body").asString()).isEqualTo("Price £5");
  }

  @Test
  void refusesMissingAndUnsupportedFiles() throws IOException {
    Files.writeString(dir.resolve("x.csv"), "a,b");

    assertThatThrownBy(() -> Inputs.read(dir.resolve("missing.ndjson"), null))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Inputs.read(dir.resolve("x.csv"), null))
        .hasMessageContaining("unsupported");
  }

  private static List<FeedItem> all(Iterator<FeedItem> items) {
    List<FeedItem> out = new ArrayList<>();
    items.forEachRemaining(out::add);
    return out;
  }

  @Test
  void countsTheItemsOfFilesAndDirectoriesBeforeTheFeedForItsBar(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.ndjson"), "{\"body\": \"x\"}\n\n{\"body\": \"y\"}\nnot json\n");
    Files.writeString(dir.resolve("b.json"), "[{\"body\": \"x\"}, {\"body\": \"y\"}]");
    Files.writeString(dir.resolve("c.txt"), "Text.");
    Files.writeString(dir.resolve("ignored.csv"), "a,b");

    assertThat(Inputs.count(dir.resolve("a.ndjson"))).isEqualTo(3);
    assertThat(Inputs.count(dir)).isEqualTo(6);
    java.util.List<FeedItem> read = new java.util.ArrayList<>();
    Inputs.read(dir, null).forEachRemaining(read::add);
    assertThat(read).as("what the feed reads").hasSize(6);
    assertThat(Inputs.count(dir.resolve("missing.ndjson"))).isEqualTo(-1);
  }

  @Test
  void theSendLineStartsWithShareBarAndEtaWhenTheTotalIsKnown() {
    FeedProgress half = new FeedProgress(40, 40, 0, 0, 10, java.time.Duration.ofSeconds(4), 100);

    assertThat(half.line())
        .startsWith(
            "50% of 100 [###############---------------] ETA 5 s | 40 sent | 10.0 articles/s");
    assertThat(new FeedProgress(5, 5, 0, 0, 0, java.time.Duration.ofSeconds(1), -1).line())
        .startsWith("5 sent |");
  }
}
