package org.newsline.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class JsonArrayItemsTest {

  private static JsonArrayItems items(String body, long maxTotal) {
    return new JsonArrayItems(
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), maxTotal);
  }

  @Test
  void readsEachElementWithItsSizeInBytes() {
    List<String> read = new ArrayList<>();
    try (JsonArrayItems items = items("[{\"id\":\"a\"}, {\"id\":\"bb\"}]", 1_000)) {
      while (items.hasNext()) {
        JsonArrayItems.Item item = items.next();
        read.add(item.node().get("id").asString() + ":" + item.size());
      }
    }
    assertThat(read).containsExactly("a:10", "bb:11");
  }

  @Test
  void anEmptyBodyOrANonArrayIsMalformed() {
    assertThatThrownBy(() -> items("", 1_000).hasNext())
        .isInstanceOf(MalformedRequestException.class)
        .hasMessageContaining("The body is empty");
    assertThatThrownBy(() -> items("{\"id\":\"a\"}", 1_000).hasNext())
        .isInstanceOf(MalformedRequestException.class)
        .hasMessage("Expected a JSON array of articles.");
  }

  @Test
  void anArrayCutOffIsInvalidJson() {
    JsonArrayItems items = items("[{\"id\":\"a\"}", 1_000);
    assertThat(items.hasNext()).isTrue();
    items.next();
    assertThatThrownBy(items::hasNext).isInstanceOf(JacksonException.class);
  }

  @Test
  void aBodyOverTheTotalLimitIsTooLarge() {
    assertThatThrownBy(
            () -> {
              JsonArrayItems items = items("[{\"id\":\"" + "x".repeat(100) + "\"}]", 20);
              while (items.hasNext()) {
                items.next();
              }
            })
        .isInstanceOf(PayloadTooLargeException.class);
  }
}
