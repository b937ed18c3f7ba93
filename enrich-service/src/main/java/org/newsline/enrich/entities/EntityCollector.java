package org.newsline.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.newsline.model.Entity;
import org.newsline.model.Field;

/** Collects the mentions of one article sentence by sentence, then merges them into entities. */
public final class EntityCollector {

  private final MentionFinder finder;
  private final EntityMerger merger;
  private final List<RawMention> mentions = new ArrayList<>();

  public EntityCollector(Gazetteer gazetteer) {
    this.finder = new MentionFinder(gazetteer);
    this.merger = new EntityMerger(gazetteer);
  }

  /** Adds the mentions of one tagged sentence; token offsets are offsets into {@code text}. */
  public void add(List<CoreLabel> sentence, Field field, String text) {
    mentions.addAll(finder.find(sentence, field, text));
  }

  /** The article's entities, merged. */
  public List<Entity> entities() {
    return merger.merge(mentions);
  }
}
