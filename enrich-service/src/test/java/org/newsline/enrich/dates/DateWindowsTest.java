package org.newsline.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

  private static List<CoreLabel> tagged(String text) {
    return TaggedTokens.of(text);
  }

  @Test
  void theModalMayOpensNoWindow() {
    assertThat(DateExtractor.windows(tagged("Prices/NNS may/MD fall/VB sharply/RB ./."))).isEmpty();
  }

  @Test
  void theMonthMayOpensAWindowAroundIt() {
    assertThat(
            DateExtractor.windows(
                tagged("The/DT talks/NNS ended/VBD in/IN May/NNP after/IN many/JJ weeks/NNS ./.")))
        .containsExactly(new int[] {0, 9});
  }

  @Test
  void overlappingWindowsAreMerged() {
    assertThat(
            DateExtractor.windows(
                tagged(
                    "It/PRP met/VBD on/IN Monday/NNP and/CC again/RB on/IN Friday/NNP at/IN"
                        + " noon/NN in/IN the/DT capital/NN ./.")))
        .containsExactly(new int[] {0, 12});
  }
}
