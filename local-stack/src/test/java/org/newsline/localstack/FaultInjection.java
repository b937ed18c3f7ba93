package org.newsline.localstack;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A test-only fault a request can ask for: with the header {@value #HEADER}, the handler throws, as
 * a bug would, and the service answers 500. Added to a stack's services through {@code
 * spring.main.sources}; requests without the header are untouched.
 */
@Configuration(proxyBeanMethods = false)
class FaultInjection implements WebMvcConfigurer {

  static final String HEADER = "X-Newsline-Test-Fault";

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(
        new HandlerInterceptor() {
          @Override
          public boolean preHandle(
              HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getHeader(HEADER) != null) {
              throw new IllegalStateException("fault injected by the test (" + HEADER + ")");
            }
            return true;
          }
        });
  }
}
