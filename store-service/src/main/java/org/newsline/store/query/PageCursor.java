package org.newsline.store.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of {@code GET /articles} ended: the last article's sort key ({@code sortAt}, then
 * {@code _id}, both descending). Clients see it as an opaque base64url token; the next page is
 * everything strictly after it, so pages never overlap or skip, however the collection grows.
 */
record PageCursor(Instant sortAt, String id) {

  private static final String VERSION = "v1";
  static final int MAX_ID_LENGTH = 200;

  String encode() {
    String plain = VERSION + ":" + sortAt.toEpochMilli() + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws BadParameterException naming {@code cursor} when the token is not one this API issued
   */
  static PageCursor decode(String token) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw bad();
    }
    String[] parts = plain.split(":", 3);
    if (parts.length != 3 || !VERSION.equals(parts[0])) {
      throw bad();
    }
    long millis;
    try {
      millis = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      throw bad();
    }
    if (parts[2].isEmpty() || parts[2].length() > MAX_ID_LENGTH) {
      throw bad();
    }
    return new PageCursor(Instant.ofEpochMilli(millis), parts[2]);
  }

  private static BadParameterException bad() {
    return new BadParameterException(
        "cursor", "Parameter 'cursor' is not a cursor returned by this API (nextCursor).");
  }
}
