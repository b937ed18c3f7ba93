package org.newsline.enrich.quality;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsline.model.Field;
import org.newsline.model.Qualifier;

/**
 * The baseline: bare CoreNLP 4.5.10 ({@code tokenize,ssplit,pos,lemma,ner}, coarse, SUTime on, as
 * in benchmark 1) and its NUMBER, MONEY and PERCENT entity mentions with their normalised values.
 * Its unit is the currency of a MONEY mention's normalised value and {@code percent} for PERCENT; a
 * NUMBER names no unit.
 */
final class BareNumbers {

  private static final Pattern NUMBER =
      Pattern.compile("(?:(?<![\\dE])-)?\\d+(?:\\.\\d+)?(?:E-?\\d+)?");

  private final StanfordCoreNLP pipeline;

  BareNumbers() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("sutime.binders", "0");
    pipeline = new StanfordCoreNLP(p);
  }

  List<FoundFigure> find(FigureCase c) {
    List<FoundFigure> out = new ArrayList<>();
    for (Field field : List.of(Field.TITLE, Field.BODY)) {
      String text = c.text(field);
      if (text.isBlank()) {
        continue;
      }
      Annotation doc = new Annotation(text);
      pipeline.annotate(doc);
      for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
        String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (!"NUMBER".equals(ner) && !"MONEY".equals(ner) && !"PERCENT".equals(ner)) {
          continue;
        }
        String norm = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        FoundFigure f =
            figure(
                field,
                m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                ner,
                norm);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  static FoundFigure figure(Field field, int start, int end, String ner, String norm) {
    if (norm == null) {
      return null;
    }
    Matcher m = NUMBER.matcher(norm);
    List<Double> values = new ArrayList<>();
    int firstDigit = -1;
    while (m.find() && values.size() < 2) {
      if (firstDigit < 0) {
        firstDigit = m.start();
      }
      values.add(Double.parseDouble(m.group()));
    }
    if (values.isEmpty()) {
      return null;
    }
    String prefix = norm.substring(0, firstDigit);
    Qualifier q = Qualifier.EXACT;
    if (prefix.contains("~")) {
      q = Qualifier.APPROXIMATE;
    } else if (prefix.contains(">=")) {
      q = Qualifier.AT_LEAST;
    } else if (prefix.contains("<=")) {
      q = Qualifier.AT_MOST;
    } else if (prefix.contains(">")) {
      q = Qualifier.MORE_THAN;
    } else if (prefix.contains("<")) {
      q = Qualifier.LESS_THAN;
    }
    double low = values.get(0);
    double high = values.size() > 1 ? values.get(1) : low;
    if (high != low) {
      q = Qualifier.RANGE;
    }
    String unit =
        switch (ner) {
          case "PERCENT" -> "percent";
          case "MONEY" -> UnitNames.canonical(prefix.replaceAll("[~<>=]", ""), true);
          default -> null;
        };
    return new FoundFigure(
        field,
        start,
        end,
        ner.equals("NUMBER") ? "NUMBER" : ner,
        Math.min(low, high),
        Math.max(low, high),
        unit,
        q,
        null);
  }
}
