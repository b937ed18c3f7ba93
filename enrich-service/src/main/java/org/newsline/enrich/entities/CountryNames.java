package org.newsline.enrich.entities;

import java.util.Map;
import java.util.Optional;

/**
 * Official and abbreviated names of countries that news text uses beside the short name, so that
 * "Russian Federation" and "Russia" are one entity. The canonical name is the short name a reader
 * would search for. Keys as {@link Gazetteer#key(String)} makes them.
 */
final class CountryNames {

  private static final Map<String, String> CANONICAL =
      Map.ofEntries(
          Map.entry("russian federation", "Russia"),
          Map.entry("russia", "Russia"),
          Map.entry("united states of america", "United States"),
          Map.entry("united states", "United States"),
          Map.entry("usa", "United States"),
          Map.entry("us", "United States"),
          Map.entry("united kingdom of great britain and northern ireland", "United Kingdom"),
          Map.entry("united kingdom", "United Kingdom"),
          Map.entry("uk", "United Kingdom"),
          Map.entry("great britain", "United Kingdom"),
          Map.entry("britain", "United Kingdom"),
          Map.entry("republic of korea", "South Korea"),
          Map.entry("south korea", "South Korea"),
          Map.entry("democratic peoples republic of korea", "North Korea"),
          Map.entry("dprk", "North Korea"),
          Map.entry("north korea", "North Korea"),
          Map.entry("peoples republic of china", "China"),
          Map.entry("prc", "China"),
          Map.entry("china", "China"),
          Map.entry("islamic republic of iran", "Iran"),
          Map.entry("iran", "Iran"),
          Map.entry("syrian arab republic", "Syria"),
          Map.entry("syria", "Syria"),
          Map.entry("uae", "United Arab Emirates"),
          Map.entry("united arab emirates", "United Arab Emirates"),
          Map.entry("czechia", "Czech Republic"),
          Map.entry("czech republic", "Czech Republic"),
          Map.entry("republic of moldova", "Moldova"),
          Map.entry("moldova", "Moldova"));

  private CountryNames() {}

  /** The canonical name of the country {@code key} names, if it is one of the listed forms. */
  static Optional<String> canonical(String key) {
    return Optional.ofNullable(CANONICAL.get(key));
  }
}
