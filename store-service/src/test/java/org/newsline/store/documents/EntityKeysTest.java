package org.newsline.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityKeysTest {

  @Test
  void setsCaseAccentsAndSpacingAside() {
    assertThat(EntityKeys.key("Rotterdam")).isEqualTo("rotterdam");
    assertThat(EntityKeys.key("São Paulo")).isEqualTo(EntityKeys.key("SAO  PAULO"));
    assertThat(EntityKeys.key("Zürich")).isEqualTo("zurich");
    assertThat(EntityKeys.key("Ærø"))
        .as("letters that are not accented forms stay")
        .isEqualTo("ærø");
    assertThat(EntityKeys.key(" Île-de-France ")).isEqualTo("ile-de-france");
  }

  @Test
  void keepsDifferentNamesApart() {
    assertThat(EntityKeys.key("Rotterdam")).isNotEqualTo(EntityKeys.key("Rotter dam"));
    assertThat(EntityKeys.key("Москва")).isEqualTo("москва");
  }
}
