package org.newsline.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class DocumentSizesTest {

  private static final int LIMIT = 16 * 1024 * 1024;

  @Test
  void measuresADocumentNearTheLimitExactly() {
    Document big = new Document("_id", "big").append("body", "x".repeat(LIMIT));

    assertThat(DocumentSizes.exceeds(big, LIMIT, LIMIT)).isTrue();
    assertThat(DocumentSizes.exceeds(big, -1, LIMIT)).isTrue();
  }

  @Test
  void acceptsADocumentJustUnderTheLimit() {
    Document doc = new Document("_id", "fits").append("body", "x".repeat(LIMIT - 100));

    assertThat(DocumentSizes.bsonSize(doc)).isLessThanOrEqualTo(LIMIT);
    assertThat(DocumentSizes.exceeds(doc, LIMIT - 80, LIMIT)).isFalse();
  }

  @Test
  void skipsEncodingWhenTheJsonIsFarBelowTheLimit() {
    // The hint says small: trusted without encoding, even for a document that is not small.
    Document doc = new Document("_id", "hint").append("body", "x".repeat(LIMIT + 10));

    assertThat(DocumentSizes.exceeds(doc, 1_000, LIMIT)).isFalse();
  }
}
