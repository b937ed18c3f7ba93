package org.newsline.store.writing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemovalPropertiesTest {

  @Test
  void aMarkerMustOutlastTheLongestAnOldCopyCanStillArrive() {
    RemovalProperties thirtyDays = new RemovalProperties("removals", Duration.ofDays(30));

    assertThatCode(() -> thirtyDays.checkOutlasts(Optional.of(Duration.ofDays(15))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> thirtyDays.checkOutlasts(Optional.of(Duration.ofDays(30))))
        .hasMessageContaining("marker-ttl")
        .hasMessageContaining("max.compaction.lag.ms");
    assertThatThrownBy(() -> thirtyDays.checkOutlasts(Optional.empty()))
        .hasMessageContaining("forever");
  }

  @Test
  void refusesAnEmptyCollectionOrANonPositiveTtl() {
    assertThatThrownBy(() -> new RemovalProperties(" ", Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RemovalProperties("removals", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
