package org.newsline.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsline.enrich.engine.CoreNlpEngine;
import org.newsline.enrich.engine.EngineSettings;
import org.newsline.enrich.engine.EnrichmentResult;
import org.newsline.model.EnrichedArticle;
import org.newsline.model.RawArticle;

/**
 * Realistic enriched articles without enriching thousands: the engine enriches {@code distinct}
 * corpus articles once, and copies of those results with new ids make up the {@code n} documents.
 */
final class EnrichedSamples {

  private EnrichedSamples() {}

  static List<EnrichedArticle> make(List<Corpus.Item> items, int distinct, int n) {
    CoreNlpEngine engine = new CoreNlpEngine(EngineSettings.defaults());
    Instant received = Instant.parse("2026-01-01T00:00:00Z");
    Instant enrichedAt = received.plusSeconds(1);
    List<RawArticle> raws = new ArrayList<>();
    List<EnrichmentResult> results = new ArrayList<>();
    for (Corpus.Item item : items.subList(0, Math.min(distinct, items.size()))) {
      RawArticle raw = item.toRaw(received);
      raws.add(raw);
      results.add(engine.enrich(raw));
    }
    List<EnrichedArticle> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      RawArticle r = raws.get(i % raws.size());
      RawArticle copy = Corpus.copy(r, r.id() + "-" + i, r.body());
      out.add(results.get(i % results.size()).toArticle(copy, enrichedAt));
    }
    return out;
  }
}
