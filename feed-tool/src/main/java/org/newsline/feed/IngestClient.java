package org.newsline.feed;

import java.io.IOException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Sends one batch to the ingest service. */
interface IngestClient {

  /**
   * @param status HTTP status
   * @param retryAfterSeconds the Retry-After header, or -1
   * @param body the parsed JSON answer, or null
   */
  record Reply(int status, long retryAfterSeconds, JsonNode body) {}

  /**
   * @throws IOException when the service cannot be reached
   */
  Reply sendBatch(List<FeedItem> items) throws IOException, InterruptedException;
}
