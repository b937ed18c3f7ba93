package org.newsline.store.documents;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * An earlier content of a stored article, kept when a correction (the same id, another content
 * hash) replaced it.
 *
 * @param receivedAt when ingest took that content
 * @param contentHash its content hash
 * @param titleChars its title's length in characters (code points), null if unknown
 * @param bodyChars its body's length, null if unknown (documents stored before 2026-12-04)
 * @param replacedAt when the store replaced it
 */
@Schema(description = "An earlier content of the article, replaced by a correction.")
public record Revision(
    Instant receivedAt,
    String contentHash,
    @Schema(nullable = true) Integer titleChars,
    @Schema(nullable = true) Integer bodyChars,
    Instant replacedAt) {}
