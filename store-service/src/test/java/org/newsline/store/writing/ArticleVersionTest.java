package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsline.store.documents.PipelineVersions;

class ArticleVersionTest {

  private static final Instant T = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void laterContentWinsWhateverPipelineEnrichedIt() {
    ArticleVersion correction = new ArticleVersion(T.plusSeconds(60), "1", T.plusSeconds(61));
    ArticleVersion replayOfTheOriginal = new ArticleVersion(T, "2", T.plusSeconds(3600));

    assertThat(correction.isNewerThan(replayOfTheOriginal)).isTrue();
    assertThat(replayOfTheOriginal.isNewerThan(correction)).isFalse();
  }

  @Test
  void forTheSameContentANewerPipelineWinsEvenIfEnrichedEarlier() {
    ArticleVersion reEnriched = new ArticleVersion(T, "2", T.plusSeconds(10));
    ArticleVersion oldInstanceLater = new ArticleVersion(T, "1", T.plusSeconds(20));

    assertThat(reEnriched.isNewerThan(oldInstanceLater)).isTrue();
  }

  @Test
  void pipelineVersionsCompareByTheirNumbers() {
    assertThat(new ArticleVersion(T, "10", T).isNewerThan(new ArticleVersion(T, "9", T))).isTrue();
    assertThat(new ArticleVersion(T, "1.10", T).isNewerThan(new ArticleVersion(T, "1.9", T)))
        .isTrue();
    assertThat(PipelineVersions.key("007")).isEqualTo(PipelineVersions.key("7"));
  }

  @Test
  void withinAPipelineVersionTheLaterEnrichmentWins() {
    assertThat(
            new ArticleVersion(T, "1", T.plusMillis(1)).isNewerThan(new ArticleVersion(T, "1", T)))
        .isTrue();
    assertThat(new ArticleVersion(T, "1", T.plusNanos(1)).compareTo(new ArticleVersion(T, "1", T)))
        .as("millisecond precision, as stored")
        .isZero();
  }

  @Test
  void theKeySortsAsTheVersionsDo() {
    ArticleVersion a = new ArticleVersion(T, "9", T.plusSeconds(5));
    ArticleVersion b = new ArticleVersion(T, "10", T);
    ArticleVersion c = new ArticleVersion(T.plusMillis(1), "1", T);

    assertThat(a.key()).isLessThan(b.key());
    assertThat(b.key()).isLessThan(c.key());
  }
}
