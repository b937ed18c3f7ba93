package org.newsline.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Feeds the shipped sample articles to a stack once per data directory: a restart on a data
 * directory they were fed to says so and feeds nothing (the {@value SampleArticles#FED_MARKER}
 * file, written once ingest acknowledged them).
 */
final class SampleFeed {

  private SampleFeed() {}

  /** Feeds the samples unless fed before; adds the ids ingest acknowledged to {@code fed}. */
  static void feed(StoreClient client, Path dataDir, PrintStream out, FedArticles fed)
      throws IOException, InterruptedException {
    if (SampleArticles.fedBefore(dataDir)) {
      out.println(
          "Sample articles: fed to this data directory on an earlier start, not fed again (delete "
              + dataDir.resolve(SampleArticles.FED_MARKER)
              + " to feed them again).");
      return;
    }
    JsonNode result = client.postBatch(SampleArticles.ndjson());
    out.printf(
        "Fed %d sample articles: %d accepted, %d duplicate, %d rejected.%n",
        result.get("results").size(),
        result.get("accepted").asInt(),
        result.get("duplicate").asInt(),
        result.get("rejected").asInt());
    for (JsonNode item : result.get("results")) {
      String status = item.get("status").asString();
      if (status.equals("accepted") || status.equals("duplicate")) {
        fed.add(item.get("id").asString());
      }
    }
    SampleArticles.markFed(dataDir);
  }
}
