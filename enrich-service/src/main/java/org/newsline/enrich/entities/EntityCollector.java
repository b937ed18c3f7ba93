package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsline.model.Entity;
import org.newsline.model.EntityType;
import org.newsline.model.Field;

/**
 * Collects the mentions of one article sentence by sentence, then merges them into entities. A
 * tagline split into one-word sentences ("group Truth. Justice. Peace, said") is not a row of
 * names: its words yield no mentions, and the whole is one organisation when a word such as "group"
 * names it.
 */
public final class EntityCollector {

  /** One tagged sentence, kept to look at its neighbours once the article is read. */
  private record Sentence(Field field, String text, List<CoreLabel> tokens) {}

  private final MentionFinder finder;
  private final EntityMerger merger;
  private final List<RawMention> mentions = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();

  public EntityCollector(Gazetteer gazetteer) {
    this.finder = new MentionFinder(gazetteer);
    this.merger = new EntityMerger(gazetteer);
  }

  /** Adds the mentions of one tagged sentence; token offsets are offsets into {@code text}. */
  public void add(List<CoreLabel> sentence, Field field, String text) {
    mentions.addAll(finder.find(sentence, field, text));
    sentences.add(new Sentence(field, text, sentence));
  }

  /** The article's entities, merged; an acronym written in brackets beside its name joins it. */
  public List<Entity> entities() {
    mendTaglines();
    Map<Field, String> texts = new EnumMap<>(Field.class);
    sentences.forEach(s -> texts.put(s.field(), s.text()));
    return merger.merge(mentions, WrittenAcronyms.find(mentions, texts));
  }

  /**
   * Finds chains of one capitalised noun per "sentence": a sentence ending in "Word.", one or more
   * sentences that are just "Word.", and a sentence starting with "Word," or "Word." on the same
   * line.
   */
  private void mendTaglines() {
    for (int k = 1; k + 1 < sentences.size(); k++) {
      if (!isFragment(sentences.get(k))) {
        continue;
      }
      Sentence before = sentences.get(k - 1);
      int m = k;
      while (m + 1 < sentences.size() && isFragment(sentences.get(m + 1))) {
        m++;
      }
      if (m + 1 >= sentences.size()) {
        return;
      }
      Sentence after = sentences.get(m + 1);
      int n = before.tokens().size();
      if (before.field() != after.field()
          || n < 3
          || !isWordThenPeriod(before.tokens().get(n - 2), before.tokens().get(n - 1))
          || after.tokens().size() < 2
          || !isTaglineWord(after.tokens().get(0))
          || !isPunctuation(after.tokens().get(1))) {
        k = m;
        continue;
      }
      int start = before.tokens().get(n - 2).beginPosition();
      int end = after.tokens().get(0).endPosition();
      if (before.text().substring(start, end).indexOf('\n') >= 0) {
        k = m;
        continue;
      }
      Field field = before.field();
      boolean named = OrgCues.before(before.tokens(), n - 2);
      // Without a word naming the whole, only the tagger's guesses go: "Paris. Berlin. Rome, too"
      mentions.removeIf(
          r ->
              r.field() == field
                  && r.start() >= start
                  && r.end() <= end
                  && (named || r.evidence() == Evidence.TAGGER));
      if (named) {
        mentions.add(
            new RawMention(
                field,
                start,
                end,
                before.text().substring(start, end),
                EntityType.ORGANIZATION,
                Evidence.CONTEXT));
      }
      k = m + 1;
    }
  }

  private static boolean isFragment(Sentence s) {
    List<CoreLabel> t = s.tokens();
    return t.size() == 2 && isWordThenPeriod(t.get(0), t.get(1));
  }

  private static boolean isWordThenPeriod(CoreLabel word, CoreLabel period) {
    return isTaglineWord(word)
        && period.word().equals(".")
        && period.beginPosition() == word.endPosition();
  }

  /** A capitalised noun of letters only: "Truth", "Justice". */
  private static boolean isTaglineWord(CoreLabel t) {
    String w = t.word();
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || t.tag() == null) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return t.tag().startsWith("NN");
  }

  private static boolean isPunctuation(CoreLabel t) {
    return t.word().equals(",") || t.word().equals(".");
  }
}
