package org.newsline.ingest.identity;

import java.util.Locale;

/**
 * Stable ids for articles sent without one. From a canonical URL: the host (at most 100
 * characters), a colon and the first 32 hex digits of the SHA-256 of the canonical URL, e.g. {@code
 * coast.example:5f0c...}. Without a URL: {@code content:} and the first 32 hex digits of the
 * content hash. Both fit the contract's id alphabet ({@code [A-Za-z0-9][A-Za-z0-9._:-]*}, at most
 * 200), and re-sending the same article gives the same id.
 */
public final class ArticleIds {

  private ArticleIds() {}

  /** The id of an article with this canonical URL (see {@link CanonicalUrl}). */
  public static String fromCanonicalUrl(String canonicalUrl) {
    String host = java.net.URI.create(canonicalUrl).getHost().toLowerCase(Locale.ROOT);
    host = host.replaceAll("[^a-z0-9.-]", "-");
    if (host.length() > 100) {
      host = host.substring(0, 100);
    }
    if (host.isEmpty() || !Character.isLetterOrDigit(host.charAt(0))) {
      host = "url" + host;
    }
    return host + ":" + ContentHash.sha256Hex(canonicalUrl).substring(0, 32);
  }

  /** The id of an article without a URL. */
  public static String fromContentHash(String contentHash) {
    return "content:" + contentHash.substring(0, 32);
  }
}
