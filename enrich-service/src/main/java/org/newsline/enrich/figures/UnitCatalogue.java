package org.newsline.enrich.figures;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsline.enrich.resources.ResourceLines;

/**
 * The units of measure and time the extractor knows ({@code units.tsv}): each written form with its
 * canonical unit and dimension ("km" is {@code kilometre}, length; "deg" {@code degree}).
 */
final class UnitCatalogue {

  /** A unit as the catalogue names it. */
  record Unit(String canonical, String dimension) {
    boolean isTime() {
      return dimension.equals("time");
    }

    boolean isDegree() {
      return dimension.equals("angle_or_temperature");
    }

    boolean isTemperature() {
      return dimension.equals("temperature");
    }

    /** "c", "f": a temperature scale only right after a degree word. */
    boolean isScaleLetter() {
      return dimension.equals("temperature_scale");
    }
  }

  private static final Map<String, Unit> FORMS = load();

  private UnitCatalogue() {}

  /** The unit a token names, or null. */
  static Unit of(String word) {
    return FORMS.get(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Unit> load() {
    Map<String, Unit> forms = new HashMap<>();
    for (String line : ResourceLines.of(UnitCatalogue.class, "units.tsv")) {
      String[] cols = line.split("\t");
      Unit unit = new Unit(cols[0], cols[1]);
      for (String form : cols[2].split(",")) {
        if (forms.put(form.trim(), unit) != null) {
          throw new IllegalStateException("units.tsv: " + form + " twice");
        }
      }
    }
    return Map.copyOf(forms);
  }
}
