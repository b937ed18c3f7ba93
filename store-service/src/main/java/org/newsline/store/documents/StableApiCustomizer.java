package org.newsline.store.documents;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerApi;
import com.mongodb.ServerApiVersion;
import org.newsline.store.StoreProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Declares the Stable API version ({@code newsline.store.server-api}) on Spring Boot's {@code
 * MongoClient} when one is configured; by default none is, since the local stand-in refuses it.
 */
@Component
class StableApiCustomizer implements MongoClientSettingsBuilderCustomizer {

  private final String version;

  StableApiCustomizer(StoreProperties store) {
    this.version = store.serverApi() == null ? "" : store.serverApi().trim();
  }

  @Override
  public void customize(MongoClientSettings.Builder settings) {
    if (!version.isEmpty()) {
      settings.serverApi(
          ServerApi.builder().version(ServerApiVersion.findByValue(version)).build());
    }
  }
}
