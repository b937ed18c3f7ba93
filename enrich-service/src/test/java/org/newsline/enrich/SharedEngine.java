package org.newsline.enrich;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.model.RawArticle;

/** One CoreNLP engine per test JVM: loading the models takes seconds and much heap. */
public final class SharedEngine {

  private static CoreNlpEngine engine;

  private SharedEngine() {}

  public static synchronized CoreNlpEngine get() {
    if (engine == null) {
      engine = new CoreNlpEngine(EngineSettings.defaults());
    }
    return engine;
  }

  /** A raw article with the given title and body. */
  public static RawArticle article(String id, String title, String body, Instant publishedAt) {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        id,
        "test",
        null,
        title,
        body,
        "en",
        publishedAt,
        Instant.parse("2025-04-20T10:00:00Z"),
        HexFormat.of().formatHex(new byte[32]),
        List.of(),
        Map.of());
  }

  public static RawArticle article(String title, String body) {
    return article("t-1", title, body, Instant.parse("2025-04-20T08:00:00Z"));
  }
}
