package org.newsline.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API keys of one service ({@code newsline.security.*}). Keys come from configuration or the
 * environment; none are built in. With no API key configured every {@code /api/**} request is
 * refused.
 *
 * @param apiKeys keys accepted on {@code /api/**} (ingest: {@code INGEST_API_KEYS}, store: {@code
 *     STORE_API_KEYS}; comma-separated)
 * @param managementKeys keys accepted on actuator endpoints other than health ({@code
 *     MANAGEMENT_API_KEYS}); with none configured those endpoints are refused
 */
@ConfigurationProperties("newsline.security")
public record SecurityProperties(
    @DefaultValue List<String> apiKeys, @DefaultValue List<String> managementKeys) {

  public SecurityProperties {
    apiKeys = clean(apiKeys);
    managementKeys = clean(managementKeys);
  }

  private static List<String> clean(List<String> keys) {
    return keys == null
        ? List.of()
        : keys.stream().map(String::trim).filter(k -> !k.isEmpty()).toList();
  }
}
