package org.newsline.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsline.ingest.IngestProperties;

/**
 * The documented size limits (README, ingest limits): each accepts its largest value and refuses
 * one more, naming the field and the rule.
 */
class ArticleValidatorLimitsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-04-18T10:00:00Z"), ZoneOffset.UTC);
  private static final IngestProperties LIMITS = IngestProperties.defaults();

  private final ArticleValidator validator = new ArticleValidator(LIMITS, CLOCK);

  private static ArticleRequest request(String source, String url, Map<String, String> metadata) {
    return new ArticleRequest(
        "a1",
        source,
        url,
        "Harbour reopens",
        "The port reopened on Monday after eleven weeks of repairs.",
        "en",
        null,
        metadata,
        false);
  }

  private List<Violation> violations(ArticleRequest request) {
    List<Violation> out = new ArrayList<>();
    validator.check(request, out);
    return out;
  }

  @Test
  void sourceIsAtMostItsLimitInCharacters() {
    int max = LIMITS.maxSourceLength();
    assertThat(violations(request("s".repeat(max), null, Map.of()))).isEmpty();
    assertThat(violations(request("s".repeat(max + 1), null, Map.of())))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("source", "max-length"));
  }

  @Test
  void urlIsAtMostItsLimitInCharacters() {
    String base = "https://news.example/";
    int max = LIMITS.maxUrlLength();
    assertThat(violations(request(null, base + "a".repeat(max - base.length()), Map.of())))
        .isEmpty();
    assertThat(violations(request(null, base + "a".repeat(max - base.length() + 1), Map.of())))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("url", "max-length"));
  }

  @Test
  void metadataHasAtMostItsLimitOfEntries() {
    int max = LIMITS.maxMetadataEntries();
    assertThat(violations(request(null, null, entries(max)))).isEmpty();
    assertThat(violations(request(null, null, entries(max + 1))))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata", "max-entries"));
  }

  @Test
  void metadataKeysAreOneToAHundredCharactersAndValuesAtMostTwoThousand() {
    assertThat(violations(request(null, null, Map.of("k".repeat(100), "v".repeat(2000)))))
        .isEmpty();
    for (Map<String, String> bad :
        List.of(Map.of("k".repeat(101), "v"), Map.of("k", "v".repeat(2001)), Map.of(" ", "v"))) {
      assertThat(violations(request(null, null, bad)))
          .as(bad.keySet().iterator().next().length() + "-character key")
          .extracting(Violation::field, Violation::rule)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata", "max-length"));
    }
  }

  private static Map<String, String> entries(int n) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      m.put("key" + i, "value");
    }
    return m;
  }
}
