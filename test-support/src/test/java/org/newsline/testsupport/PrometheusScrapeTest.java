package org.newsline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusScrapeTest {

  private static final String EXPOSITION =
      """
      # HELP store_writes_total Writes
      # TYPE store_writes_total counter
      store_writes_total{application="store-service",outcome="inserted"} 3.0
      store_writes_total{application="store-service",outcome="unchanged"} 1.0
      jvm_threads_live_threads 42
      quoted{path="a \\"b\\", c"} 1 1700000000000
      """;

  @Test
  void findsASampleByNameAndRequiredLabelsWhateverTheOtherLabels() {
    assertThat(
            PrometheusScrape.samples(
                EXPOSITION, "store_writes_total", Map.of("outcome", "inserted")))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.value()).isEqualTo(3.0);
              assertThat(s.labels()).containsEntry("application", "store-service");
            });
  }

  @Test
  void findsNothingWhenALabelValueDiffers() {
    assertThat(
            PrometheusScrape.samples(EXPOSITION, "store_writes_total", Map.of("outcome", "failed")))
        .isEmpty();
    assertThat(PrometheusScrape.samples(EXPOSITION, "store_writes", Map.of())).isEmpty();
  }

  @Test
  void readsSamplesWithoutLabelsAndWithQuotedLabelValuesAndTimestamps() {
    assertThat(PrometheusScrape.samples(EXPOSITION, "jvm_threads_live_threads", Map.of()))
        .extracting(PrometheusScrape.Sample::value)
        .containsExactly(42.0);
    assertThat(PrometheusScrape.samples(EXPOSITION, "quoted", Map.of("path", "a \"b\", c")))
        .hasSize(1);
  }

  @Test
  void refusesALineThatIsNotASample() {
    assertThatThrownBy(() -> PrometheusScrape.samples("not a sample line at all"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
