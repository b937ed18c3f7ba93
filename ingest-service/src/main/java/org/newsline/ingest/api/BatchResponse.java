package org.newsline.ingest.api;

import java.util.List;

/** One result per item, in order, and the totals. */
record BatchResponse(int accepted, int duplicate, int rejected, List<ItemResult> results) {

  static BatchResponse of(List<ItemResult> results) {
    int accepted = 0;
    int duplicate = 0;
    int rejected = 0;
    for (ItemResult r : results) {
      switch (r.status()) {
        case "accepted" -> accepted++;
        case "duplicate" -> duplicate++;
        default -> rejected++;
      }
    }
    return new BatchResponse(accepted, duplicate, rejected, results);
  }
}
