package org.newsline.store.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of the given article ids are stored: how a client follows its feed to the store (the feed
 * tool's {@code --store-url}, {@code ./run-local}). A POST because the ids (up to {@value
 * StoredIds#MAX_IDS}) do not fit a URL.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "articles", description = "Stored enriched articles")
class PresenceController {

  private final StoredIds storedIds;

  PresenceController(StoredIds storedIds) {
    this.storedIds = storedIds;
  }

  @Schema(description = "Article ids to look up.")
  record PresenceRequest(
      @Schema(
              description = "Ids, 1 to " + StoredIds.MAX_IDS + ", each 1 to 200 characters",
              example = "[\"sample-harbour-storm\", \"not-sent-yet\"]")
          List<String> ids) {}

  @Schema(description = "Which of the ids asked for are stored.")
  record Presence(
      @Schema(description = "Ids asked for (duplicates counted once)") int asked,
      @Schema(description = "The stored ones, in the order asked") List<String> stored) {}

  @PostMapping(path = "/articles/presence", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Which of these ids are stored",
      description =
          "For following a feed to the store: send the ids ingest acknowledged (at most "
              + StoredIds.MAX_IDS
              + " per request) and get back those the store holds now. Removed articles are not"
              + " stored. One primary-key lookup.")
  Presence presence(@RequestBody PresenceRequest request) {
    List<String> ids = request == null ? null : request.ids();
    if (ids == null || ids.isEmpty()) {
      throw new BadParameterException("ids", "ids must hold at least one id");
    }
    if (ids.size() > StoredIds.MAX_IDS) {
      throw new BadParameterException(
          "ids", "ids must hold at most " + StoredIds.MAX_IDS + " ids, not " + ids.size());
    }
    for (String id : ids) {
      if (id == null || id.isEmpty() || id.length() > PageCursor.MAX_ID_LENGTH) {
        throw new BadParameterException(
            "ids", "each id must be 1 to " + PageCursor.MAX_ID_LENGTH + " characters");
      }
    }
    return new Presence((int) ids.stream().distinct().count(), storedIds.stored(ids));
  }
}
