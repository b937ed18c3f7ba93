package org.newsline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;

class StorePropertiesTest {

  @Test
  void readsNamedAndNumericWriteConcerns() {
    assertThat(StoreProperties.mongoWriteConcern("majority")).isEqualTo(WriteConcern.MAJORITY);
    assertThat(StoreProperties.mongoWriteConcern("MAJORITY")).isEqualTo(WriteConcern.MAJORITY);
    assertThat(StoreProperties.mongoWriteConcern("w1")).isEqualTo(WriteConcern.W1);
    assertThat(StoreProperties.mongoWriteConcern("2")).isEqualTo(new WriteConcern(2));
  }

  @Test
  void refusesUnacknowledgedAndUnknownWriteConcerns() {
    assertThatThrownBy(() -> StoreProperties.mongoWriteConcern("0"))
        .hasMessageContaining("acknowledged");
    assertThatThrownBy(() -> StoreProperties.mongoWriteConcern("unacknowledged"))
        .hasMessageContaining("acknowledged");
    assertThatThrownBy(() -> StoreProperties.mongoWriteConcern("most"))
        .hasMessageContaining("unknown");
  }

  @Test
  void refusesAScanCapBelowOneWhichMongoDbWouldReadAsNoCapAtAll() {
    assertThatThrownBy(
            () -> new StoreProperties.Query(20, 200, 200, 0, StoreProperties.TextSearchMode.AUTO))
        .hasMessageContaining("max-scanned-articles");
    assertThat(
            new StoreProperties.Query(20, 200, 200, 1, StoreProperties.TextSearchMode.AUTO)
                .maxScannedArticles())
        .isEqualTo(1);
  }
}
