package org.newsline.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The article's {@code contentHash}: lower-case hex SHA-256 of the UTF-8 bytes of the cleaned
 * title, one line feed ({@code \n}), and the cleaned body. Both are the values published, after
 * normalisation and chrome removal, so re-sending the same article with different site chrome or
 * white space gives the same hash.
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(String title, String body) {
    return sha256Hex(title + "\n" + body);
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
