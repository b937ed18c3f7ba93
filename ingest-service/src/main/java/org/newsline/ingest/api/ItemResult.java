package org.newsline.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The outcome of one batch item, at the item's position. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemResult(
    @Schema(description = "0-based position of the item in the batch") int index,
    @Schema(description = "The article's id, when known") String id,
    @Schema(allowableValues = {"accepted", "duplicate", "rejected"}) String status,
    String topic,
    Integer partition,
    Long offset,
    @Schema(description = "Why the item was rejected (RFC 9457 fields)") ItemProblem problem) {

  /**
   * An RFC 9457 problem for one item.
   *
   * @param status the status a single request with this item would have got
   * @param errors for 422, the field and rule of each violation
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ItemProblem(
      String type, String title, int status, String detail, List<Map<String, String>> errors) {}
}
