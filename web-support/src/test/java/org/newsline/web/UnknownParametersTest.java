package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

class UnknownParametersTest {

  @SuppressWarnings("unused")
  static class Handlers {
    public void named(
        @RequestParam(required = false) String entity,
        @RequestParam(name = "limit", required = false) String max) {}

    public void none() {}

    public void any(@RequestParam Map<String, String> all) {}
  }

  private final UnknownParameters interceptor = new UnknownParameters();

  private boolean handle(String method, String query, Map<String, String> form) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/articles");
    request.setQueryString(query);
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    form.forEach(request::addParameter);
    Object handler =
        new HandlerMethod(
            new Handlers(),
            method.equals("none")
                ? Handlers.class.getMethod("none")
                : method.equals("any")
                    ? Handlers.class.getMethod("any", Map.class)
                    : Handlers.class.getMethod("named", String.class, String.class));
    return interceptor.preHandle(request, new MockHttpServletResponse(), handler);
  }

  @Test
  void takesTheHandlersOwnParametersByDeclaredAndByAnnotatedName() throws Exception {
    assertThat(handle("named", "entity=Lyon&limit=5", Map.of())).isTrue();
    assertThat(handle("named", null, Map.of())).isTrue();
  }

  @Test
  void refusesAParameterTheHandlerDoesNotTakeNamingItAndWhatItTakes() {
    assertThatThrownBy(() -> handle("named", "entity=Lyon&q=storm", Map.of()))
        .isInstanceOfSatisfying(
            UnknownParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("q");
              assertThat(e.getMessage()).contains("'q'", "entity, limit");
            });
    assertThatThrownBy(() -> handle("named", "max=5", Map.of()))
        .as("the Java name of a renamed parameter is not its name")
        .isInstanceOf(UnknownParameterException.class);
    assertThatThrownBy(() -> handle("none", "source=x", Map.of()))
        .hasMessageContaining("takes no query parameters");
  }

  @Test
  void leavesFormFieldsAndHandlersOfAllParametersAlone() throws Exception {
    assertThat(handle("named", "entity=Lyon", Map.of("field", "value"))).isTrue();
    assertThat(handle("any", "anything=1&else=2", Map.of())).isTrue();
  }
}
