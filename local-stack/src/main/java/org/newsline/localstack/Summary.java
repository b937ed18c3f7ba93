package org.newsline.localstack;

import java.io.PrintStream;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Prints what the stack holds after feeding, and what to try next. */
final class Summary {

  private Summary() {}

  /**
   * @param fed how many articles this start fed (samples and {@code --feed}) that ingest took
   * @param stored how many of those the store has
   * @param exiting {@code --exit-when-fed}: the stack stops after this, so no "Press Ctrl-C" and no
   *     commands to try against it
   */
  static void print(
      PrintStream out,
      StoreClient store,
      LocalStackSettings settings,
      int fed,
      int stored,
      boolean exiting)
      throws Exception {
    out.println();
    out.println(exiting ? "Newsline, before it stops (--exit-when-fed):" : "Newsline is running.");
    out.printf(
        "  Articles stored: %d of %d%s%n",
        stored,
        fed,
        fed == 0
            ? " (nothing fed on this start)"
            : stored < fed ? " (the rest were not stored within --store-timeout)" : "");
    out.println(
        "  Top entities (in the "
            + RecentEntities.WINDOW
            + " newest articles; the whole archive: /api/v1/entities):");
    JsonNode newest = store.getJson("/api/v1/articles?limit=" + RecentEntities.WINDOW).get("items");
    for (RecentEntities.Count e : RecentEntities.top(newest, 5)) {
      out.printf(
          "    %-28s %-13s %d articles, %d mentions%n",
          e.name(), e.type(), e.articles(), e.mentions());
    }
    out.println("  Some figures (with what they count; changes first):");
    List<JsonNode> figures =
        TellingFigures.pick(store.getJson("/api/v1/figures?limit=100").get("items"), 5);
    if (figures.isEmpty()) {
      out.println("    (none with a unit yet)");
    }
    for (JsonNode f : figures) {
      out.println("    " + TellingFigures.line(f));
    }
    out.println();
    if (exiting) {
      out.println(
          "Stopping (--exit-when-fed); the data stays in "
              + settings.dataDir()
              + " for the next ./run-local.");
      return;
    }
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
            + "/api/v1/figures?unitNormalized=percent&direction=UP'");
    out.println(
        "  Swagger UI: "
            + settings.ingestUrl()
            + "/swagger-ui.html and "
            + settings.storeUrl()
            + "/swagger-ui.html");
    out.println("Press Ctrl-C to stop; the data stays in " + settings.dataDir() + ".");
  }
}
