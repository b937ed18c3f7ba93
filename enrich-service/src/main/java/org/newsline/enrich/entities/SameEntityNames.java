package org.newsline.enrich.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsline.model.EntityType;

/**
 * The different names of one entity in an article, for {@link EntityMerger}: names {@link Aliases}
 * lists for one entity, an acronym and the name it abbreviates, and the canonical name of each
 * entity across articles.
 */
final class SameEntityNames {

  private static final Aliases ALIASES = Aliases.builtIn();

  private SameEntityNames() {}

  /** The country {@code name} names, by its short name ("Russia" for "Russian Federation"). */
  static Optional<String> countryOf(String name) {
    return ALIASES.canonical(name, EntityType.LOCATION);
  }

  /**
   * The listed canonical name of the group's name as its type, else of the first of its mentions
   * listed, else its name.
   */
  static String canonicalName(MentionGroup g, String name) {
    return ALIASES.canonical(name, g.type).or(() -> listedName(g)).orElse(name);
  }

  private static Optional<String> listedName(MentionGroup g) {
    return g.mentions.stream()
        .map(m -> ALIASES.canonical(m.text(), g.type))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Names of one entity of a type other than a place's (places were grouped under a country's name
   * already) join under the longest: "Labour" and "Labour Party", "Tories" and "Conservative
   * Party".
   */
  static void joinAliases(Map<String, MentionGroup> byName) {
    Map<String, MentionGroup> byCanonical = new HashMap<>();
    for (MentionGroup g : byName.values()) {
      if (g.type == EntityType.LOCATION || g.mentions.isEmpty()) {
        continue;
      }
      Optional<String> listed = listedName(g);
      if (listed.isEmpty()) {
        continue;
      }
      MentionGroup into = byCanonical.putIfAbsent(g.type + "\t" + Gazetteer.key(listed.get()), g);
      if (into != null) {
        into.mentions.addAll(g.mentions);
        g.mentions.clear();
      }
    }
  }

  /**
   * An acronym joins the name it abbreviates: the one the article writes it beside in brackets
   * ({@link WrittenAcronyms}), else the one other name of its type, not a person's, written with
   * its initials ("EU" and "European Union", {@link Acronyms#spells}).
   */
  static void joinAcronyms(Map<String, MentionGroup> byName, List<WrittenAcronyms.Pair> pairs) {
    List<MentionGroup> groups = List.copyOf(byName.values());
    for (MentionGroup acronym : groups) {
      String text = acronym.acronym();
      if (text == null) {
        continue;
      }
      String key = Gazetteer.key(text);
      Set<String> paired =
          pairs.stream()
              .filter(p -> Gazetteer.key(p.acronym()).equals(key))
              .map(p -> Gazetteer.key(p.name()))
              .collect(Collectors.toSet());
      List<MentionGroup> others =
          groups.stream().filter(g -> g != acronym && !g.mentions.isEmpty()).toList();
      List<MentionGroup> targets =
          others.stream()
              .filter(
                  g -> g.mentions.stream().anyMatch(m -> paired.contains(Gazetteer.key(m.text()))))
              .toList();
      if (targets.isEmpty() && acronym.type != EntityType.PERSON) {
        targets =
            others.stream()
                .filter(g -> g.type == acronym.type && g.acronym() == null)
                .filter(g -> Acronyms.spells(text, g.canonical()))
                .toList();
      }
      if (targets.size() == 1) {
        targets.get(0).mentions.addAll(acronym.mentions);
        acronym.mentions.clear();
      }
    }
  }
}
