package org.newsline.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {

  @Test
  void roundTripsTheLastSortKey() {
    PageCursor cursor = new PageCursor(Instant.parse("2025-04-18T09:30:00.123Z"), "coast:1-a.b");

    assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @Test
  void isOpaqueUrlSafeText() {
    String token = new PageCursor(Instant.parse("2025-04-18T09:30:00Z"), "a-1").encode();

    assertThat(token).matches("[A-Za-z0-9_-]+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not base64!", "djI6MTox", "v1:1:a", "%%%"})
  void refusesTokensItDidNotIssue(String token) {
    assertThatThrownBy(() -> PageCursor.decode(token))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
  }

  @Test
  void refusesAWellFormedTokenWithABadTime() {
    String token =
        Base64.getUrlEncoder().encodeToString("v1:yesterday:a-1".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> PageCursor.decode(token)).isInstanceOf(BadParameterException.class);
  }
}
