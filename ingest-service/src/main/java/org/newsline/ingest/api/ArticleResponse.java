package org.newsline.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer for one article: {@code accepted} (202, with where Kafka stored it), {@code duplicate}
 * (200, not published again) or {@code removal-accepted} (202, where Kafka stored the tombstone).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "IntakeOutcome of one article")
record ArticleResponse(
    @Schema(example = "coast.example:5f0c1e2d3a4b5c6d7e8f90a1b2c3d4e5") String id,
    @Schema(allowableValues = {"accepted", "duplicate", "removal-accepted"}) String status,
    @Schema(example = "articles.raw") String topic,
    @Schema(example = "3") Integer partition,
    @Schema(example = "1042") Long offset) {}
