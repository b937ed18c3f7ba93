package org.newsline.enrich.quality;

import java.util.List;
import org.newsline.model.Field;
import org.newsline.model.Qualifier;

/**
 * One scored piece of text: an article (title and body), the regions of it that were annotated, the
 * figures expected there, and which kinds of found figure the set's annotators would have marked (a
 * figure of another kind is neither right nor wrong there).
 */
record FigureCase(
    String set,
    String id,
    String title,
    String body,
    List<Region> regions,
    List<Expected> expected) {

  /** Characters {@code [start, end)} of one field that were annotated in full. */
  record Region(Field field, int start, int end) {
    boolean holds(Field f, int s, int e) {
      return f == field && s >= start && e <= end;
    }
  }

  /**
   * An expected figure: offsets {@code [start, end)} of its field, its bounds ({@code low == high}
   * when it is no range), its unit in canonical form ({@link UnitNames}) or null when the set gives
   * none, its qualifier or null when not annotated, and its direction ({@code UP}, {@code DOWN}) or
   * null for none.
   */
  record Expected(
      Field field,
      int start,
      int end,
      double low,
      double high,
      String unit,
      Qualifier qualifier,
      String direction) {}

  String text(Field field) {
    return field == Field.TITLE ? title : body;
  }
}
