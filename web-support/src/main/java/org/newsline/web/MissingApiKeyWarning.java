package org.newsline.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Warns at start-up when the service serves endpoints under {@code /api/} but no API key is
 * configured, so every such request will be refused. Services without an API of their own (enrich)
 * stay quiet.
 */
final class MissingApiKeyWarning implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(MissingApiKeyWarning.class);

  private final SecurityProperties properties;
  private final ObjectProvider<RequestMappingHandlerMapping> mappings;

  MissingApiKeyWarning(
      SecurityProperties properties, ObjectProvider<RequestMappingHandlerMapping> mappings) {
    this.properties = properties;
    this.mappings = mappings;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (properties.apiKeys().isEmpty() && servesApi()) {
      log.warn(
          "No API key is configured (newsline.security.api-keys): every /api request will be"
              + " refused with 401.");
    }
  }

  boolean servesApi() {
    return mappings
        .orderedStream()
        .flatMap(m -> m.getHandlerMethods().keySet().stream())
        .flatMap(info -> info.getPatternValues().stream())
        .anyMatch(pattern -> pattern.startsWith("/api/"));
  }
}
