package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens built by hand from "word/TAG" or "word/TAG/lemma", offsets as if joined by single spaces.
 */
final class HandTokens {

  private HandTokens() {}

  static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> out = new ArrayList<>();
    int offset = 0;
    for (String pair : tagged.split(" ")) {
      String[] parts = pair.split("/");
      CoreLabel t = new CoreLabel();
      t.setWord(parts[0]);
      t.setValue(t.word());
      t.setTag(parts[1]);
      if (parts.length > 2) {
        t.setLemma(parts[2]);
      }
      t.setBeginPosition(offset);
      t.setEndPosition(offset + t.word().length());
      offset += t.word().length() + 1;
      out.add(t);
    }
    return out;
  }

  /**
   * The tokens {@code [first, last]} as one CoreNLP numeric mention: NER label {@code ner} and
   * normalised value {@code normalized} on each, as the tagger gives them.
   */
  static List<CoreLabel> mention(
      List<CoreLabel> tokens, int first, int last, String ner, String normalized) {
    for (int i = first; i <= last; i++) {
      tokens.get(i).setNER(ner);
      tokens.get(i).set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
    }
    return tokens;
  }
}
