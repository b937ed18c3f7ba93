package org.newsline.enrich.quality;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.newsline.enrich.engine.CoreNlpEngine;

/**
 * Bare CoreNLP ({@code tokenize,ssplit,pos,lemma,ner}, the engine's tokeniser and splitter
 * settings, coarse types) with a choice of NER models: its mentions are the runs of tokens with one
 * PERSON, ORGANIZATION or LOCATION tag, pronouns dropped as the engine drops them.
 */
final class BareTagger implements EntityTagger {

  /** CoreNLP's default NER (its three CRFs), coarse types. */
  static final String COARSE = "bare-coarse";

  /** The CoNLL 4-class CRF alone. */
  static final String CONLL4 = "bare-conll4";

  private static final Set<String> PRONOUNS =
      Set.of("i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them");

  private final String name;
  private final StanfordCoreNLP pipeline;

  BareTagger(String name) {
    Properties p = CoreNlpEngine.splitterProperties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    switch (name) {
      case COARSE -> {}
      case CONLL4 ->
          p.setProperty(
              "ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      default -> throw new IllegalArgumentException("unknown configuration " + name);
    }
    this.name = name;
    this.pipeline = new StanfordCoreNLP(p);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Span> tag(ConllDocument doc) {
    Annotation a = new Annotation(doc.body());
    pipeline.annotate(a);
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String type = EntityTagger.conllType(String.valueOf(tokens.get(i).ner()));
      int j = i;
      while (j + 1 < tokens.size()
          && type != null
          && tokens.get(j + 1).ner().equals(tokens.get(i).ner())
          && tokens.get(j + 1).sentIndex() == tokens.get(i).sentIndex()) {
        j++;
      }
      boolean pronoun = i == j && PRONOUNS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT));
      if (type != null && !pronoun) {
        Span s = doc.spanOf(tokens.get(i).beginPosition(), tokens.get(j).endPosition(), type);
        if (s != null) {
          out.add(s);
        }
      }
      i = j + 1;
    }
    return out;
  }
}
