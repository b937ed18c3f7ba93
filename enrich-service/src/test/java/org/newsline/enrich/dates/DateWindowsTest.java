package org.newsline.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateWindowsTest {

  /** "word/TAG word/TAG ...", as the tagger leaves them. */
  private static List<CoreLabel> tagged(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    int offset = 0;
    for (String pair : text.split(" ")) {
      int slash = pair.lastIndexOf('/');
      CoreLabel t = new CoreLabel();
      t.setWord(pair.substring(0, slash));
      t.setTag(pair.substring(slash + 1));
      t.setBeginPosition(offset);
      t.setEndPosition(offset + slash);
      offset += slash + 1;
      tokens.add(t);
    }
    return tokens;
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
