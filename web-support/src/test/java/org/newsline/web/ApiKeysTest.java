package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  private final ApiKeys keys = new ApiKeys(List.of("alpha-key", "beta-key"));

  @Test
  void acceptsEveryConfiguredKey() {
    assertThat(keys.matches("alpha-key")).isTrue();
    assertThat(keys.matches("beta-key")).isTrue();
  }

  @Test
  void refusesUnknownEmptyAndMissingKeysAndPrefixes() {
    assertThat(keys.matches("gamma-key")).isFalse();
    assertThat(keys.matches("alpha-ke")).isFalse();
    assertThat(keys.matches("alpha-key ")).isFalse();
    assertThat(keys.matches("")).isFalse();
    assertThat(keys.matches(null)).isFalse();
  }

  @Test
  void anEmptySetAcceptsNothing() {
    assertThat(new ApiKeys(List.of()).matches("anything")).isFalse();
  }
}
