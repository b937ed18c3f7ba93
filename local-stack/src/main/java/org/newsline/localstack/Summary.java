package org.newsline.localstack;

import java.io.PrintStream;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Prints what the stack holds after feeding, and what to try next. */
final class Summary {

  private Summary() {}

  static void print(
      PrintStream out, StoreClient store, LocalStackSettings settings, List<String> sampleIds)
      throws Exception {
    int stored = 0;
    for (String id : sampleIds) {
      if (store.isStored(id)) {
        stored++;
      }
    }
    out.println();
    out.println("Newsline is running.");
    out.printf("  Sample articles stored: %d of %d%n", stored, sampleIds.size());
    out.println("  Top entities:");
    for (JsonNode e : store.getJson("/api/v1/entities?limit=5").get("items")) {
      out.printf(
          "    %-28s %-13s %d articles, %d mentions%n",
          e.get("name").asString(),
          e.get("type").asString(),
          e.get("articles").asLong(),
          e.get("mentions").asLong());
    }
    out.println("  Some figures:");
    for (JsonNode f : store.getJson("/api/v1/figures?limit=5").get("items")) {
      out.printf(
          "    %-40s %s %s %s (%s)%n",
          '"' + f.get("text").asString() + '"',
          f.get("kind").asString(),
          f.get("qualifier").asString(),
          f.get("value").asDouble(),
          f.get("articleId").asString());
    }
    out.println();
    out.println(
        "Try next (the key is in " + settings.dataDir().resolve(ApiKeyFile.FILE_NAME) + "):");
    out.println("  KEY=$(cat " + settings.dataDir().resolve(ApiKeyFile.FILE_NAME) + ")");
    out.println(
        "  curl -s -H \"X-API-Key: $KEY\" -H 'Content-Type: application/json' "
            + settings.ingestUrl()
            + "/api/v1/articles -d '{\"title\":\"Bridge reopens\",\"body\":\"About 300 workers"
            + " finished repairs to the bridge in Lyon on Monday, the city said.\"}'");
    out.println(
        "  curl -s -H \"X-API-Key: $KEY\" '" + settings.storeUrl() + "/api/v1/articles?limit=5'");
    out.println(
        "  curl -s -H \"X-API-Key: $KEY\" '"
            + settings.storeUrl()
            + "/api/v1/entities?type=LOCATION&limit=10'");
    out.println(
        "  curl -s -H \"X-API-Key: $KEY\" '"
            + settings.storeUrl()
            + "/api/v1/figures?unit=percent'");
    out.println(
        "  Swagger UI: "
            + settings.ingestUrl()
            + "/swagger-ui.html and "
            + settings.storeUrl()
            + "/swagger-ui.html");
    out.println("Press Ctrl-C to stop; the data stays in " + settings.dataDir() + ".");
  }
}
