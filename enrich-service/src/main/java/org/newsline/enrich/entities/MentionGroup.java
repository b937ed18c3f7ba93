package org.newsline.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsline.model.EntityType;

/**
 * The mentions {@link EntityMerger} holds for one entity while it merges: their type once decided,
 * and the name they go by.
 */
final class MentionGroup {
  final List<RawMention> mentions = new ArrayList<>();
  EntityType type;

  /** The name {@link Aliases} lists, when the group is a country under one of its names. */
  String country;

  String key() {
    return Gazetteer.key(canonical());
  }

  String canonical() {
    if (country != null) {
      return country;
    }
    return mentions.stream()
        .max(
            Comparator.comparingInt((RawMention m) -> words(m.text()))
                .thenComparing(m -> !isAllCaps(m.text()))
                .thenComparingInt(m -> m.text().length())
                .thenComparing(Comparator.comparingInt(RawMention::start).reversed()))
        .map(RawMention::text)
        .orElseThrow();
  }

  /** The group's name as an acronym when it is one word written so ("EU"), else null. */
  String acronym() {
    if (mentions.isEmpty() || key().contains(" ")) {
      return null;
    }
    return mentions.stream()
        .map(RawMention::text)
        .filter(Acronyms::isAcronym)
        .findFirst()
        .orElse(null);
  }

  void decideType() {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    int strongest = 0;
    for (RawMention m : mentions) {
      strongest = Math.max(strongest, m.evidence().strength());
    }
    for (RawMention m : mentions) {
      if (m.evidence().strength() == strongest) {
        votes.merge(m.type(), 1, Integer::sum);
      }
    }
    type =
        votes.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElseThrow();
  }

  private static int words(String s) {
    return s.trim().split("\\s+").length;
  }

  private static boolean isAllCaps(String s) {
    return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
