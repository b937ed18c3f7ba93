package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class MissingApiKeyWarningTest {

  static class Handler {
    public void handle() {}
  }

  private static MissingApiKeyWarning warningFor(String path) throws Exception {
    RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
    mapping.registerMapping(
        RequestMappingInfo.paths(path).build(), new Handler(), Handler.class.getMethod("handle"));
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("mapping", mapping);
    return new MissingApiKeyWarning(
        new SecurityProperties(List.of(), List.of()),
        beans.getBeanProvider(RequestMappingHandlerMapping.class));
  }

  @Test
  void aServiceWithAnApiServesApi() throws Exception {
    assertThat(warningFor("/api/v1/articles").servesApi()).isTrue();
  }

  @Test
  void aServiceWithoutAnApiDoesNot() throws Exception {
    assertThat(warningFor("/internal/status").servesApi()).isFalse();
  }
}
