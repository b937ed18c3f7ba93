package org.newsline.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * API-key authentication, problem+json errors, unknown query parameters refused and the OpenAPI
 * security scheme for a service.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@Import(ProblemHandler.class)
public class WebSupportAutoConfiguration {

  @Bean
  FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(SecurityProperties properties) {
    FilterRegistrationBean<ApiKeyFilter> registration =
        new FilterRegistrationBean<>(new ApiKeyFilter(properties));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Query parameters an API endpoint does not take are refused (400), not ignored. */
  @Bean
  WebMvcConfigurer unknownQueryParameters() {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UnknownParameters()).addPathPatterns("/api/**");
      }
    };
  }

  @Bean
  MissingApiKeyWarning missingApiKeyWarning(
      SecurityProperties properties, ObjectProvider<RequestMappingHandlerMapping> mappings) {
    return new MissingApiKeyWarning(properties, mappings);
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
