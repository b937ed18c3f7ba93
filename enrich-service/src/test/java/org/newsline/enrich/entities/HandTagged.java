package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsline.model.EntityType;

/**
 * A sentence tagged by hand, without CoreNLP: tokens written "word/TAG/NER" separated by a space; a
 * token written with a leading "~" follows the one before it without a space ("RFE ~//HYPH/O
 * ~RL/NNP/LOCATION"), one written with a leading "^" starts a new line. Offsets, indexes (from 1)
 * and the text are as if the words were so joined.
 */
record HandTagged(List<CoreLabel> tokens, String text) {

  static HandTagged of(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String written : tagged.split(" ")) {
      boolean glued = written.startsWith("~");
      boolean newLine = written.startsWith("^");
      String w = glued || newLine ? written.substring(1) : written;
      int nerSlash = w.lastIndexOf('/');
      int tagSlash = w.lastIndexOf('/', nerSlash - 1);
      if (newLine) {
        text.append('\n');
      } else if (!glued && text.length() > 0) {
        text.append(' ');
      }
      CoreLabel t = new CoreLabel();
      t.setWord(w.substring(0, tagSlash));
      t.setTag(w.substring(tagSlash + 1, nerSlash));
      t.setNER(w.substring(nerSlash + 1));
      t.setIndex(tokens.size() + 1);
      t.setBeginPosition(text.length());
      text.append(t.word());
      t.setEndPosition(text.length());
      tokens.add(t);
    }
    return new HandTagged(List.copyOf(tokens), text.toString());
  }

  /** The text {@code rule} reads as a name at token {@code i}, with its type and evidence. */
  Optional<String> read(NameRule rule, int i) {
    return rule.at(tokens, i).map(this::describe);
  }

  /**
   * The text, type and evidence of the tagger's run of tokens {@code first} to {@code last} of type
   * {@code type} after {@code rule}; "" when nothing of it is left.
   */
  String adjusted(Adjustment rule, int first, int last, EntityType type) {
    return adjusted(rule, new Candidate(first, last, type, Evidence.TAGGER));
  }

  /** The text, type and evidence of {@code c} after {@code rule}; "" when nothing is left. */
  String adjusted(Adjustment rule, Candidate c) {
    Candidate a = rule.adjust(tokens, c);
    return a.first() > a.last() ? "" : describe(a);
  }

  /** The tagger's run of type {@code type} over all tokens after {@code rule}, as text only. */
  String trimmed(Adjustment rule, EntityType type) {
    Candidate a = rule.adjust(tokens, new Candidate(0, tokens.size() - 1, type, Evidence.TAGGER));
    return a.first() > a.last() ? "" : span(a);
  }

  /** The text, type and evidence {@code rule} gives {@code c}, named by its tokens' text. */
  Optional<String> typed(TypeRule rule, Candidate c) {
    return rule.type(tokens, c, span(c)).map(this::describe);
  }

  private String describe(Candidate c) {
    return span(c) + " " + c.type() + " " + c.evidence();
  }

  /** The text of tokens {@code c.first()} to {@code c.last()}. */
  String span(Candidate c) {
    return text.substring(
        tokens.get(c.first()).beginPosition(), tokens.get(c.last()).endPosition());
  }
}
