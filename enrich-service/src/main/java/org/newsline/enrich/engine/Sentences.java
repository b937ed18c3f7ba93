package org.newsline.enrich.engine;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/** Cuts over-long sentences into pieces and groups sentences into batches for tagging. */
final class Sentences {

  private Sentences() {}

  /**
   * The sentences of a tokenised document, every sentence longer than {@code maxTokens} cut into
   * pieces of at most that many tokens (at the last comma or semicolon in the second half of a
   * piece when there is one).
   */
  static List<CoreMap> bounded(Annotation doc, String text, int maxTokens) {
    List<CoreMap> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return out;
    }
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= maxTokens) {
        out.add(sentence);
        continue;
      }
      int from = 0;
      while (from < tokens.size()) {
        int to = Math.min(tokens.size(), from + maxTokens);
        if (to < tokens.size()) {
          for (int i = to - 1; i > from + maxTokens / 2; i--) {
            String w = tokens.get(i).word();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
              to = i + 1;
              break;
            }
          }
        }
        out.add(sentenceOf(text, tokens.subList(from, to)));
        from = to;
      }
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap s = out.get(i);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        t.setSentIndex(i);
      }
    }
    return out;
  }

  private static CoreMap sentenceOf(String text, List<CoreLabel> piece) {
    List<CoreLabel> tokens = new ArrayList<>(piece);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
    }
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    return s;
  }

  /** An annotation holding just {@code batch}, for the tagging annotators. */
  static Annotation annotationOf(String text, List<CoreMap> batch) {
    Annotation part = new Annotation(text);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : batch) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(batch));
    return part;
  }
}
