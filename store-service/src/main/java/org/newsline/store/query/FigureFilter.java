package org.newsline.store.query;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.newsline.model.Direction;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;
import org.newsline.store.documents.ArticleFields;

/**
 * Which figures {@code /api/v1/figures} reports: each given condition must hold for the figure
 * itself (not merely for some figure of its article). Null means any.
 *
 * @param unit the unit as written, any case, matched literally
 * @param unitNormalized the canonical unit ({@code soldier}, {@code USD}, {@code percent})
 * @param kind count, percent, money or measure
 * @param direction the change the text reports, up or down
 */
record FigureFilter(String unit, String unitNormalized, FigureKind kind, Direction direction) {

  static final FigureFilter ANY = new FigureFilter(null, null, null, null);

  /** Whether {@code figure} meets every given condition. */
  boolean matches(Figure figure) {
    return (unit == null || (figure.unit() != null && figure.unit().equalsIgnoreCase(unit)))
        && (unitNormalized == null || unitNormalized.equals(figure.unitNormalized()))
        && (kind == null || kind == figure.kind())
        && (direction == null || direction == figure.direction());
  }

  /**
   * The conditions on an article: it has a figure with each given property (the unit's uses {@code
   * figures_unit}); {@link #matches} then picks the figures that have them all.
   */
  List<Bson> articleFilters() {
    List<Bson> filters = new ArrayList<>(4);
    if (unit != null) {
      filters.add(Filters.regex(ArticleFields.FIGURE_UNIT, "^" + Pattern.quote(unit) + "$", "i"));
    }
    if (unitNormalized != null) {
      filters.add(Filters.eq(ArticleFields.FIGURE_UNIT_NORMALIZED, unitNormalized));
    }
    if (kind != null) {
      filters.add(Filters.eq(ArticleFields.FIGURE_KIND, kind.name()));
    }
    if (direction != null) {
      filters.add(Filters.eq(ArticleFields.FIGURE_DIRECTION, direction.name()));
    }
    return filters;
  }
}
