package org.newsline.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

  @Test
  void lowerCasesSchemeAndHostAndDropsFragmentTrackingAndDefaultPort() {
    assertThat(
            CanonicalUrl.of(
                "HTTPS://Coast.Example:443/News/Harbour?utm_source=x&page=2&fbclid=abc&UTM_medium=y#comments"))
        .contains("https://coast.example/News/Harbour?page=2");
  }

  @Test
  void keepsNonDefaultPortAndGivesAnEmptyPathASlash() {
    assertThat(CanonicalUrl.of("http://coast.example:8080")).contains("http://coast.example:8080/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "coast.example/news",
        "ftp://coast.example/a",
        "https://",
        "http://exa mple.com",
        "javascript:alert(1)",
        " "
      })
  void rejectsWhatIsNotAnAbsoluteHttpUrl(String url) {
    assertThat(CanonicalUrl.of(url)).isEmpty();
  }
}
