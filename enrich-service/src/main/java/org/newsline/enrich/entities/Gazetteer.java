package org.newsline.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Small lists of general knowledge: countries, regions and major cities with their subtype,
 * demonyms, and news outlets and agencies. Keys are compared case-insensitively with dots and
 * apostrophes ignored.
 */
public final class Gazetteer {

  /** What the gazetteer knows about a name. */
  public record Entry(org.newsline.model.EntityType type, String subtype) {}

  private final Map<String, Entry> entries;

  private Gazetteer(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The built-in lists (class-path resources beside this class). */
  public static Gazetteer load() {
    Map<String, Entry> entries = new HashMap<>();
    read("locations.tsv", entries, org.newsline.model.EntityType.LOCATION);
    read("organisations.tsv", entries, org.newsline.model.EntityType.ORGANIZATION);
    return new Gazetteer(entries);
  }

  private static void read(
      String resource, Map<String, Entry> into, org.newsline.model.EntityType defaultType) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing gazetteer " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        String subtype = parts.length > 1 ? parts[1].trim() : null;
        org.newsline.model.EntityType type =
            "NATIONALITY".equals(subtype) || "RELIGION".equals(subtype)
                ? org.newsline.model.EntityType.MISC
                : defaultType;
        into.putIfAbsent(key(parts[0]), new Entry(type, subtype));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entry for {@code name}, if listed. */
  public Optional<Entry> lookup(String name) {
    return Optional.ofNullable(entries.get(key(name)));
  }

  /** The comparison key: lower case, no dots or apostrophes, single spaces. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace("’", "")
        .replace("'", "")
        .replace(".", "")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
