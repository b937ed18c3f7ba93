package org.newsline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Where a request carries its API key: the {@value #API_KEY_HEADER} header, else {@code
 * Authorization: Bearer <key>} (the scheme case-insensitive). The one reading of it: the
 * authentication filter and ingest's per-key rate limit both call this, so a key is the same key to
 * both whichever header carries it.
 */
public final class ApiKeyHeaders {

  /** The API key header. */
  public static final String API_KEY_HEADER = "X-API-Key";

  private ApiKeyHeaders() {}

  /** The key the request presents, trimmed; null when it presents none. */
  public static String presented(HttpServletRequest request) {
    String header = request.getHeader(API_KEY_HEADER);
    if (header != null && !header.isBlank()) {
      return header.trim();
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = authorization.substring(7).trim();
      return token.isEmpty() ? null : token;
    }
    return null;
  }
}
