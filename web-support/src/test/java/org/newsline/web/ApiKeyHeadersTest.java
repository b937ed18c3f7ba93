package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiKeyHeadersTest {

  private static String presented(String... headers) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/articles");
    for (int i = 0; i < headers.length; i += 2) {
      request.addHeader(headers[i], headers[i + 1]);
    }
    return ApiKeyHeaders.presented(request);
  }

  @Test
  void readsTheSameKeyFromEitherHeader() {
    assertThat(presented("X-API-Key", " key-1 ")).isEqualTo("key-1");
    assertThat(presented("Authorization", "Bearer key-1")).isEqualTo("key-1");
    assertThat(presented("Authorization", "bearer  key-1 ")).isEqualTo("key-1");
  }

  @Test
  void prefersTheApiKeyHeaderWhenBothAreSent() {
    assertThat(presented("X-API-Key", "key-1", "Authorization", "Bearer key-2")).isEqualTo("key-1");
  }

  @Test
  void presentsNoKeyForBlankHeadersOrAnotherScheme() {
    assertThat(presented()).isNull();
    assertThat(presented("X-API-Key", "  ")).isNull();
    assertThat(presented("Authorization", "Bearer   ")).isNull();
    assertThat(presented("Authorization", "Basic a2V5LTE=")).isNull();
  }
}
