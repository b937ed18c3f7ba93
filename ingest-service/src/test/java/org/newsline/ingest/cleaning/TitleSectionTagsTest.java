package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSectionTagsTest {

  @Test
  void cutsTrailingSectionTags() {
    TitleSectionTags.Result result =
        TitleSectionTags.strip("Harbour reopens after storm | World | News");

    assertThat(result.title()).isEqualTo("Harbour reopens after storm");
    assertThat(result.removed()).containsExactly("| World | News");
  }

  @Test
  void cutsATrailingSiteName() {
    assertThat(TitleSectionTags.strip("Harbour reopens after storm - Coast Gazette").title())
        .isEqualTo("Harbour reopens after storm");
  }

  @Test
  void keepsDashesThatArePartOfTheHeadline() {
    assertThat(TitleSectionTags.strip("Ferry fares rise - and commuters are angry").removed())
        .isEmpty();
    assertThat(TitleSectionTags.strip("Ukraine - Russia").removed()).isEmpty();
    assertThat(TitleSectionTags.strip("Tax rises are ruled out - Blair").removed()).isEmpty();
    assertThat(TitleSectionTags.strip("Tax rises are ruled out - coast.example").removed())
        .containsExactly("- coast.example");
  }
}
