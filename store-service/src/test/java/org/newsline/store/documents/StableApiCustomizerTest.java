package org.newsline.store.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerApiVersion;
import org.junit.jupiter.api.Test;
import org.newsline.store.StoreProperties;

class StableApiCustomizerTest {

  @Test
  void declaresNoStableApiByDefault() {
    MongoClientSettings.Builder settings = MongoClientSettings.builder();

    new StableApiCustomizer(properties("")).customize(settings);

    assertThat(settings.build().getServerApi()).isNull();
  }

  @Test
  void declaresTheConfiguredVersion() {
    MongoClientSettings.Builder settings = MongoClientSettings.builder();

    new StableApiCustomizer(properties("1")).customize(settings);

    assertThat(settings.build().getServerApi().getVersion()).isEqualTo(ServerApiVersion.V1);
  }

  @Test
  void refusesAnUnknownVersion() {
    assertThatThrownBy(
            () -> new StableApiCustomizer(properties("7")).customize(MongoClientSettings.builder()))
        .isInstanceOf(RuntimeException.class);
  }

  private static StoreProperties properties(String serverApi) {
    return new StoreProperties(
        "articles",
        "majority",
        16 * 1024 * 1024,
        serverApi,
        new StoreProperties.Writing(
            "g", 1, 500, java.time.Duration.ofMillis(500), 2.0, java.time.Duration.ofSeconds(30)),
        new StoreProperties.Query(20, 200, 200, 2000, StoreProperties.TextSearchMode.AUTO));
  }
}
