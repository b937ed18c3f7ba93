package org.newsline.ingest.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical form of an article URL: absolute {@code http} or {@code https} with a host; scheme
 * and host in lower case; default port, fragment and tracking parameters ({@code utm_*}, {@code
 * fbclid}, {@code gclid} and similar) dropped; the remaining query parameters kept in their order;
 * an empty path becomes {@code /}.
 */
public final class CanonicalUrl {

  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid",
          "_ga", "_gl", "ref_src", "cmpid", "ocid", "mkt_tok", "spm", "si");

  private CanonicalUrl() {}

  /** The canonical URL, or empty when {@code url} is not an absolute http(s) URL with a host. */
  public static Optional<String> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!("http".equals(scheme) || "https".equals(scheme)) || host == null || host.isEmpty()) {
      return Optional.empty();
    }
    host = host.toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder out = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      out.append(uri.getRawUserInfo()).append('@');
    }
    out.append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return Optional.of(out.toString());
  }

  private static String query(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String parameter : rawQuery.split("&")) {
      if (parameter.isEmpty()) {
        continue;
      }
      String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || TRACKING.contains(name)) {
        continue;
      }
      kept.add(parameter);
    }
    return String.join("&", kept);
  }
}
