package org.newsline.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.Entity;
import org.newsline.model.EntityType;
import org.newsline.model.Field;
import org.newsline.model.Mention;

/**
 * Merges the mentions of one article into entities: mentions with the same name (case, dots and
 * apostrophes ignored) are one entity, whose type is decided by the strongest evidence and then by
 * majority; a one-word person ("Putin") joins the one full name ending with that word ("Vladimir
 * Putin"). The name is the longest mention, preferring mixed case over ALL CAPS; a country's
 * official and short names ("Russian Federation", "Russia") are one entity under the short name,
 * and the names {@link Aliases} lists for one entity of another type ("Labour", "Labour Party") one
 * entity under the longest. Each entity's canonical name, its one name across articles, is the
 * listed one ("European Union" for "EU"), else its name.
 */
final class EntityMerger {

  private final Gazetteer gazetteer;

  EntityMerger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Entity> merge(List<RawMention> mentions) {
    return merge(mentions, List.of());
  }

  /**
   * The entities of {@code mentions}, each acronym of {@code pairs} (written beside its name in the
   * article) one entity with that name.
   */
  List<Entity> merge(List<RawMention> mentions, List<WrittenAcronyms.Pair> pairs) {
    Map<String, MentionGroup> byName = new LinkedHashMap<>();
    for (RawMention m : mentions) {
      String key = Gazetteer.key(m.text());
      // "Russian Federation", "Russia": one country under its official and short names
      String country =
          m.type() == EntityType.LOCATION ? SameEntityNames.countryOf(m.text()).orElse(null) : null;
      MentionGroup g =
          byName.computeIfAbsent(
              country != null ? Gazetteer.key(country) : key, k -> new MentionGroup());
      g.mentions.add(m);
      if (country != null) {
        g.country = country;
      }
    }
    byName.values().forEach(MentionGroup::decideType);
    byName = splitUndecided(byName);
    separateDatelines(byName);
    byName.values().stream()
        .filter(g -> g.type != EntityType.LOCATION)
        .forEach(g -> g.country = null);

    SameEntityNames.joinAliases(byName);
    SameEntityNames.joinAcronyms(byName, pairs);
    byName.values().removeIf(g -> g.mentions.isEmpty());
    // A one-word person or organisation joins the single multi-word one ending with that word
    // ("Putin" -> "Vladimir Putin", "the Committee" -> "Kuban Anti-War Committee").
    joinShortForms(byName, EntityType.PERSON);
    joinShortForms(byName, EntityType.ORGANIZATION);
    return entities(byName);
  }

  /**
   * A dateline's place votes on its name's type as a place, stays in its name's entity when that is
   * a place, and is a place of its own beside a club or team of the same name ("MILAN 1996-08-30"
   * in a story about AC Milan).
   */
  private static void separateDatelines(Map<String, MentionGroup> byName) {
    for (MentionGroup g : List.copyOf(byName.values())) {
      if (g.type == EntityType.LOCATION) {
        continue;
      }
      List<RawMention> datelines =
          g.mentions.stream().filter(m -> m.evidence() == Evidence.DATELINE).toList();
      g.mentions.removeAll(datelines);
      for (RawMention m : datelines) {
        addDateline(byName, m);
      }
    }
    byName.values().removeIf(g -> g.mentions.isEmpty());
  }

  private static void addDateline(Map<String, MentionGroup> byName, RawMention m) {
    String key = Gazetteer.key(m.text());
    String country = SameEntityNames.countryOf(m.text()).orElse(null);
    String groupKey = country != null ? Gazetteer.key(country) : key;
    MentionGroup g = byName.get(groupKey);
    if (g == null || g.type != EntityType.LOCATION) {
      g = byName.get(groupKey + "\t" + EntityType.LOCATION);
    }
    if (g == null || g.type != EntityType.LOCATION) {
      g = byName.computeIfAbsent(groupKey + "\tdateline", k -> new MentionGroup());
      g.type = EntityType.LOCATION;
      g.country = country;
    }
    g.mentions.add(m);
  }

  /** Share of a name's mentions that must agree on a type for the others to take it. */
  private static final double AGREEMENT = 0.75;

  /**
   * A name the tagger types one way in at least {@link #AGREEMENT} of its mentions takes that type
   * throughout, and so does one with context or gazetteer evidence; one it reads two ways with
   * nothing else to go on stays two entities, each mention with the tagger's type: a city and the
   * team named after it ("NEW YORK 59 76", "SAN FRANCISCO AT NEW YORK"), a surname and a country.
   */
  private static Map<String, MentionGroup> splitUndecided(Map<String, MentionGroup> byName) {
    Map<String, MentionGroup> out = new LinkedHashMap<>();
    for (Map.Entry<String, MentionGroup> e : byName.entrySet()) {
      MentionGroup g = e.getValue();
      boolean taggerOnly = g.mentions.stream().allMatch(m -> m.evidence().strength() == 0);
      long agree = g.mentions.stream().filter(m -> m.type() == g.type).count();
      if (!taggerOnly || agree >= AGREEMENT * g.mentions.size()) {
        out.put(e.getKey(), g);
        continue;
      }
      EntityType full = fullNameType(byName, e.getKey());
      if (full != null) {
        g.type = full; // "PUTIN" read two ways, in an article about "Vladimir Putin"
        out.put(e.getKey(), g);
        continue;
      }
      for (RawMention m : g.mentions) {
        MentionGroup t = out.computeIfAbsent(e.getKey() + "\t" + m.type(), k -> new MentionGroup());
        t.mentions.add(m);
        t.type = m.type();
        t.country = m.type() == EntityType.LOCATION ? g.country : null;
      }
    }
    return out;
  }

  /**
   * The one type of the longer names in the article that begin or end with the one word {@code key}
   * ("Vladimir Putin" for "putin"), or null when there are none or they differ.
   */
  private static EntityType fullNameType(Map<String, MentionGroup> byName, String key) {
    if (key.contains(" ")) {
      return null;
    }
    List<EntityType> types =
        byName.entrySet().stream()
            .filter(e -> e.getKey().endsWith(" " + key) || e.getKey().startsWith(key + " "))
            .map(e -> e.getValue().type)
            .distinct()
            .toList();
    return types.size() == 1 ? types.get(0) : null;
  }

  private static void joinShortForms(Map<String, MentionGroup> byName, EntityType type) {
    List<MentionGroup> sameType = byName.values().stream().filter(g -> g.type == type).toList();
    for (MentionGroup single : sameType) {
      String key = single.key();
      if (!isShortForm(key, type)) {
        continue;
      }
      List<MentionGroup> full =
          sameType.stream()
              .filter(g -> g != single && !g.mentions.isEmpty())
              .filter(g -> g.key().endsWith(" " + key) || isCompanyForm(g.key(), key, type))
              .toList();
      if (full.size() == 1) {
        full.get(0).mentions.addAll(single.mentions);
        single.mentions.clear();
      }
    }
  }

  /** One word, or for a person a surname after its particles: "Putin", "de Vries". */
  private static boolean isShortForm(String key, EntityType type) {
    String[] words = key.split(" ");
    for (int k = 0; k + 1 < words.length; k++) {
      if (type != EntityType.PERSON || !PARTICLES.contains(words[k])) {
        return false;
      }
    }
    return true;
  }

  private List<Entity> entities(Map<String, MentionGroup> byName) {
    List<Entity> out = new ArrayList<>();
    for (MentionGroup g : byName.values()) {
      if (g.mentions.isEmpty()) {
        continue;
      }
      g.mentions.sort(
          Comparator.comparing((RawMention m) -> m.field() == Field.TITLE ? 0 : 1)
              .thenComparingInt(RawMention::start));
      String name = g.canonical();
      String subtype = subtypeOf(g, name);
      List<Mention> ms =
          g.mentions.stream()
              .map(m -> new Mention(m.field(), m.start(), m.end(), m.text()))
              .toList();
      out.add(
          new Entity(name, g.type, subtype, ms.size(), ms, SameEntityNames.canonicalName(g, name)));
    }
    out.sort(
        Comparator.comparing((Entity e) -> e.mentions().get(0).field() == Field.TITLE ? 0 : 1)
            .thenComparingInt(e -> e.mentions().get(0).start()));
    return out;
  }

  private String subtypeOf(MentionGroup g, String name) {
    // "the Kherson region": the words after say which; a city named in one caption as "Krasnodar
    // region" but nine times alone stays a city.
    long hinted = g.mentions.stream().filter(m -> m.subtypeHint() != null).count();
    if (g.type == EntityType.LOCATION && hinted * 2 > g.mentions.size()) {
      return g.mentions.stream()
          .filter(m -> m.subtypeHint() != null)
          .findFirst()
          .orElseThrow()
          .subtypeHint();
    }
    for (RawMention m : g.mentions) {
      var entry = gazetteer.lookup(m.text());
      if (entry.isPresent() && entry.get().type() == g.type) {
        return entry.get().subtype();
      }
    }
    return gazetteer
        .lookup(name)
        .filter(e -> e.type() == g.type)
        .map(e -> e.subtype())
        .orElse(null);
  }

  /** Words after a company's name in its full form: "Nissan Motor", "Gazprom Group". */
  private static final Set<String> COMPANY_SUFFIXES =
      ResourceLines.words(EntityMerger.class, "company-suffixes.txt");

  /** Lower-case particles that begin surnames: "de Vries", "van Gaal". */
  private static final Set<String> PARTICLES =
      ResourceLines.words(EntityMerger.class, "particles.txt");

  /** "Nissan" is short for "Nissan Motor", "Gazprom" for "Gazprom Group". */
  private static boolean isCompanyForm(String full, String single, EntityType type) {
    if (type != EntityType.ORGANIZATION || !full.startsWith(single + " ")) {
      return false;
    }
    for (String rest : full.substring(single.length() + 1).split(" ")) {
      if (!COMPANY_SUFFIXES.contains(rest)) {
        return false;
      }
    }
    return true;
  }
}
