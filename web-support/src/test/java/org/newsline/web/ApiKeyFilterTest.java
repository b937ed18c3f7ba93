package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiKeyFilterTest {

  private final ApiKeyFilter filter =
      new ApiKeyFilter(new SecurityProperties(List.of("api-secret"), List.of("ops-secret")));

  private MockHttpServletResponse call(String path, String header, String value) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    if (header != null) {
      request.addHeader(header, value);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  @Test
  void refusesApiRequestWithoutKeyWithProblemJson() throws Exception {
    MockHttpServletResponse response = call("/api/v1/articles", null, null);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getHeader("WWW-Authenticate")).contains("Bearer");
    assertThat(response.getContentAsString()).contains("\"status\":401");
  }

  @Test
  void refusesWrongKeyWithoutEchoingIt() throws Exception {
    MockHttpServletResponse response = call("/api/v1/articles", "X-API-Key", "guess-123");

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentAsString()).doesNotContain("guess-123");
  }

  @Test
  void acceptsTheKeyInEitherHeader() throws Exception {
    assertThat(call("/api/v1/articles", "X-API-Key", "api-secret").getStatus()).isEqualTo(200);
    assertThat(call("/api/v1/articles", "Authorization", "Bearer api-secret").getStatus())
        .isEqualTo(200);
  }

  @Test
  void managementKeyCannotUseTheApiAndApiKeyCannotUseActuator() throws Exception {
    assertThat(call("/api/v1/articles", "X-API-Key", "ops-secret").getStatus()).isEqualTo(403);
    assertThat(call("/actuator/prometheus", "X-API-Key", "api-secret").getStatus()).isEqualTo(403);
    assertThat(call("/actuator/prometheus", "X-API-Key", "ops-secret").getStatus()).isEqualTo(200);
  }

  @Test
  void healthAndDocsAreOpen() throws Exception {
    assertThat(call("/actuator/health", null, null).getStatus()).isEqualTo(200);
    assertThat(call("/actuator/health/readiness", null, null).getStatus()).isEqualTo(200);
    assertThat(call("/v3/api-docs", null, null).getStatus()).isEqualTo(200);
  }

  @Test
  void actuatorEndpointsOtherThanHealthNeedAKey() throws Exception {
    assertThat(call("/actuator/prometheus", null, null).getStatus()).isEqualTo(401);
    assertThat(call("/actuator/env", null, null).getStatus()).isEqualTo(401);
    assertThat(call("/actuator/healthy", null, null).getStatus()).isEqualTo(401);
  }
}
