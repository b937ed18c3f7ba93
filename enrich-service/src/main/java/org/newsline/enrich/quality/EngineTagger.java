package org.newsline.enrich.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.model.Entity;
import org.newsline.model.Field;
import org.newsline.model.Mention;
import org.newsline.model.RawArticle;

/** The platform's engine: each document as an article with an empty title; its body mentions. */
final class EngineTagger implements EntityTagger {

  private final CoreNlpEngine engine;

  EngineTagger(CoreNlpEngine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "engine";
  }

  @Override
  public List<Span> tag(ConllDocument doc) {
    List<Span> out = new ArrayList<>();
    for (Entity e : engine.enrich(article(doc)).entities()) {
      String type = EntityTagger.conllType(e.type().name());
      if (type == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.field() == Field.BODY) {
          Span s = doc.spanOf(m.start(), m.end(), type);
          if (s != null) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  static RawArticle article(ConllDocument doc) {
    return new RawArticle(
        RawArticle.CURRENT_SCHEMA_VERSION,
        doc.id(),
        "conll2003",
        null,
        "",
        doc.body(),
        "en",
        null,
        Instant.EPOCH,
        HexFormat.of().formatHex(new byte[32]),
        List.of(),
        Map.of());
  }
}
