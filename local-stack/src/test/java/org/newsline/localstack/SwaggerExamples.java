package org.newsline.localstack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The request Swagger UI sends for an OpenAPI operation with every parameter at its example. */
final class SwaggerExamples {

  private SwaggerExamples() {}

  /**
   * {@code path} with its path parameters replaced by their examples and a query of every query
   * parameter that has one (a parameter without an example stays empty in Swagger UI, so unsent).
   */
  static String requestOf(String path, JsonNode operation) {
    String uri = path;
    List<String> query = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode example = parameter.get("example");
      if (example == null) {
        example = parameter.path("schema").get("example");
      }
      if (example == null) {
        continue;
      }
      String name = parameter.get("name").asString();
      String value = URLEncoder.encode(example.asString(), StandardCharsets.UTF_8);
      if (parameter.get("in").asString().equals("path")) {
        uri = uri.replace("{" + name + "}", value);
      } else if (parameter.get("in").asString().equals("query")) {
        query.add(name + "=" + value);
      }
    }
    return query.isEmpty() ? uri : uri + "?" + String.join("&", query);
  }
}
