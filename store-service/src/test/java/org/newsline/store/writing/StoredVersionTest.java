package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class StoredVersionTest {

  private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");
  private static final ArticleVersion V = new ArticleVersion(T, "1", T.plusSeconds(2));

  @Test
  void aNewContentKeepsTheReplacedOneAsARevision() {
    StoredVersion stored = new StoredVersion(V, "hash-a", 30, 1200, List.of());

    List<Document> revisions = stored.revisionsAfter("hash-b", T.plusSeconds(60));

    assertThat(revisions).hasSize(1);
    assertThat(revisions.get(0))
        .containsEntry("receivedAt", Date.from(T))
        .containsEntry("contentHash", "hash-a")
        .containsEntry("titleChars", 30)
        .containsEntry("bodyChars", 1200)
        .containsEntry("replacedAt", Date.from(T.plusSeconds(60)));
  }

  @Test
  void aReEnrichmentOfTheSameContentAddsNone() {
    Document earlier = new Document("contentHash", "hash-0");
    StoredVersion stored = new StoredVersion(V, "hash-a", 30, 1200, List.of(earlier));

    assertThat(stored.revisionsAfter("hash-a", T.plusSeconds(60))).containsExactly(earlier);
  }

  @Test
  void keepsTheNewestRevisionsOnly() {
    List<Document> many = new ArrayList<>();
    for (int i = 0; i < StoredVersion.MAX_REVISIONS; i++) {
      many.add(new Document("contentHash", "hash-" + i));
    }
    StoredVersion stored = new StoredVersion(V, "hash-last", 1, 1, many);

    List<Document> revisions = stored.revisionsAfter("hash-new", T);

    assertThat(revisions).hasSize(StoredVersion.MAX_REVISIONS);
    assertThat(revisions.get(0).getString("contentHash")).isEqualTo("hash-1");
    assertThat(revisions.get(revisions.size() - 1).getString("contentHash")).isEqualTo("hash-last");
  }
}
