package org.newsline.ingest.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsline.ingest.IngestProperties;
import org.newsline.web.ApiKeyHeaders;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the per-key rate limit to {@code /api/**}. Authentication (web-support's filter) runs
 * first, so the key seen here is a valid one; both read it with {@link ApiKeyHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration implements WebMvcConfigurer {

  private final RateLimiter limiter;

  RateLimitConfiguration(IngestProperties properties) {
    this.limiter = new RateLimiter(properties.rateLimit(), System::nanoTime);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler) {
                String key = ApiKeyHeaders.presented(request);
                if (key != null) {
                  long wait = limiter.acquire(key);
                  if (wait > 0) {
                    throw new RateLimitedException(wait);
                  }
                }
                return true;
              }
            })
        .addPathPatterns("/api/**");
  }
}
