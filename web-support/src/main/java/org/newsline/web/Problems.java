package org.newsline.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Writes RFC 9457 problem details where no message converter is at hand (servlet filters). */
public final class Problems {

  private Problems() {}

  /** A problem with the platform's type URI for {@code status}. */
  public static ProblemDetail of(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(typeOf(status));
    return problem;
  }

  /** {@code https://newsline.org/problems/<status-slug>}, e.g. {@code .../unauthorized}. */
  public static URI typeOf(HttpStatus status) {
    return URI.create(
        "https://newsline.org/problems/"
            + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }

  /** Writes a minimal problem+json body; used from filters. */
  public static void write(
      HttpServletResponse response, HttpStatus status, String detail, String instance)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String body =
        "{\"type\":\""
            + typeOf(status)
            + "\",\"title\":\""
            + json(status.getReasonPhrase())
            + "\",\"status\":"
            + status.value()
            + ",\"detail\":\""
            + json(detail)
            + "\",\"instance\":\""
            + json(instance)
            + "\"}";
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String json(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
