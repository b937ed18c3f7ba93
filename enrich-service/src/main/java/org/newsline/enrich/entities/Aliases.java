package org.newsline.enrich.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsline.enrich.resources.ResourceLines;
import org.newsline.model.EntityType;

/**
 * The one name of an entity across articles, from {@code aliases.tsv}: "European Union" for "EU",
 * "Labour Party" for "Labour", "United Kingdom" for "Britain". A name is looked up with the type of
 * its mention, so "Labour" as an organisation is the party and the same word read as a person's
 * name is not. Keys as {@link Gazetteer#key(String)} makes them.
 */
final class Aliases {

  private static final Aliases BUILT_IN = read("aliases.tsv");

  private record Key(String name, EntityType type) {}

  private final Map<Key, String> canonical;

  private Aliases(Map<Key, String> canonical) {
    this.canonical = Map.copyOf(canonical);
  }

  /** The built-in list. */
  static Aliases builtIn() {
    return BUILT_IN;
  }

  /**
   * Reads a list beside this class: canonical name, type, and the other names separated by "|".
   *
   * @throws IllegalStateException when a name is listed under two canonical names of one type
   */
  static Aliases read(String resource) {
    Map<Key, String> canonical = new HashMap<>();
    for (String line : ResourceLines.of(Aliases.class, resource)) {
      String[] columns = line.split("\t");
      if (columns.length != 3) {
        throw new IllegalStateException(resource + ": not three columns: " + line);
      }
      String name = columns[0].strip();
      EntityType type = EntityType.valueOf(columns[1].strip());
      put(canonical, new Key(Gazetteer.key(name), type), name, resource);
      for (String alias : columns[2].split("\\|")) {
        put(canonical, new Key(Gazetteer.key(alias), type), name, resource);
      }
    }
    return new Aliases(canonical);
  }

  private static void put(Map<Key, String> canonical, Key key, String name, String resource) {
    String before = canonical.putIfAbsent(key, name);
    if (before != null && !before.equals(name)) {
      throw new IllegalStateException(
          resource + ": " + key.name() + " listed for " + before + " and " + name);
    }
  }

  /** The canonical name of {@code name} as a mention of {@code type}, if listed. */
  Optional<String> canonical(String name, EntityType type) {
    return Optional.ofNullable(canonical.get(new Key(Gazetteer.key(name), type)));
  }
}
