package org.newsline.enrich.dates;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Tokens as the tagger leaves them, written "word/TAG word/TAG ..." in a test. */
final class TaggedTokens {

  private TaggedTokens() {}

  static List<CoreLabel> of(String text) {
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
}
