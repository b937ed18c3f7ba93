package org.newsline.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  private static final String CONTRACT = "[A-Za-z0-9][A-Za-z0-9._:-]*";

  @Test
  void derivesTheSameIdFromEquivalentUrls() {
    String a =
        ArticleIds.fromCanonicalUrl(
            CanonicalUrl.of("https://Coast.example/n/1?utm_campaign=z#top").orElseThrow());
    String b =
        ArticleIds.fromCanonicalUrl(CanonicalUrl.of("https://coast.example/n/1").orElseThrow());

    assertThat(a).isEqualTo(b).startsWith("coast.example:").matches(CONTRACT).hasSize(14 + 32);
  }

  @Test
  void derivesDifferentIdsFromDifferentUrls() {
    assertThat(ArticleIds.fromCanonicalUrl("https://coast.example/n/1"))
        .isNotEqualTo(ArticleIds.fromCanonicalUrl("https://coast.example/n/2"));
  }

  @Test
  void derivesAnIdFromTheContentHashWhenThereIsNoUrl() {
    String hash = ContentHash.of("Harbour reopens", "The port reopened.");

    assertThat(ArticleIds.fromContentHash(hash))
        .isEqualTo("content:" + hash.substring(0, 32))
        .matches(CONTRACT);
  }

  @Test
  void hashesTitleNewlineBody() {
    assertThat(ContentHash.of("T", "B"))
        .isEqualTo("e1725446192b97dc9f6faa7e5c3ebe3960b960b7947a6c0981f69aa6f6af6ce6")
        .isNotEqualTo(ContentHash.of("T\nB", ""))
        .isNotEqualTo(ContentHash.of("TB", ""))
        .matches("[0-9a-f]{64}");
  }
}
