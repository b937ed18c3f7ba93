package org.newsline.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** API-key authentication, problem+json errors and the OpenAPI security scheme for a service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@Import(ProblemHandler.class)
public class WebSupportAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(WebSupportAutoConfiguration.class);

  @Bean
  FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(SecurityProperties properties) {
    if (properties.apiKeys().isEmpty()) {
      log.warn(
          "No API key is configured (newsline.security.api-keys): every /api request will be refused with 401.");
    }
    FilterRegistrationBean<ApiKeyFilter> registration =
        new FilterRegistrationBean<>(new ApiKeyFilter(properties));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  OpenApiCustomizer apiKeySecurityScheme() {
    return openApi -> addApiKeyScheme(openApi);
  }

  static void addApiKeyScheme(OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(new Components());
    }
    openApi
        .getComponents()
        .addSecuritySchemes(
            "apiKey",
            new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(ApiKeyFilter.API_KEY_HEADER)
                .description("An API key; Authorization: Bearer <key> is accepted too."));
    openApi.addSecurityItem(new SecurityRequirement().addList("apiKey"));
  }
}
