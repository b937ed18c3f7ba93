package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Tokens built by hand from "word/TAG" pairs, offsets as if joined by single spaces. */
final class HandTokens {

  private HandTokens() {}

  static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> out = new ArrayList<>();
    int offset = 0;
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      CoreLabel t = new CoreLabel();
      t.setWord(pair.substring(0, slash));
      t.setValue(t.word());
      t.setTag(pair.substring(slash + 1));
      t.setBeginPosition(offset);
      t.setEndPosition(offset + t.word().length());
      offset += t.word().length() + 1;
      out.add(t);
    }
    return out;
  }
}
