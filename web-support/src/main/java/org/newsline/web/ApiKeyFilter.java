package org.newsline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires a key on {@code /api/**} (an API key) and on {@code /actuator/**} other than {@code
 * /actuator/health} (a management key). The key is read from {@code X-API-Key} or {@code
 * Authorization: Bearer}. No key or an unknown key: 401; a key of the other kind: 403. Keys are
 * never logged or echoed.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

  static final String API_KEY_HEADER = ApiKeyHeaders.API_KEY_HEADER;

  private final ApiKeys apiKeys;
  private final ApiKeys managementKeys;

  ApiKeyFilter(SecurityProperties properties) {
    this.apiKeys = new ApiKeys(properties.apiKeys());
    this.managementKeys = new ApiKeys(properties.managementKeys());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    ApiKeys required;
    ApiKeys other;
    if (path.startsWith("/api/")) {
      required = apiKeys;
      other = managementKeys;
    } else if (path.startsWith("/actuator") && !isHealth(path)) {
      required = managementKeys;
      other = apiKeys;
    } else {
      chain.doFilter(request, response);
      return;
    }
    String presented = ApiKeyHeaders.presented(request);
    if (required.matches(presented)) {
      chain.doFilter(request, response);
      return;
    }
    if (presented == null) {
      refuse(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "An API key is required: send it in the X-API-Key header or as Authorization: Bearer <key>.");
    } else if (other.matches(presented)) {
      refuse(request, response, HttpStatus.FORBIDDEN, "This key is not allowed on " + path + ".");
    } else {
      refuse(request, response, HttpStatus.UNAUTHORIZED, "The API key is not valid.");
    }
  }

  private static boolean isHealth(String path) {
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsline\"");
    }
    Problems.write(response, status, detail, request.getRequestURI());
  }
}
