package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;

/**
 * The two levels of a change, "rose from 31 to 44 percent": kept apart by the range stage, the old
 * level written without a unit counts in the new level's unit.
 */
final class ChangeLevels {

  private ChangeLevels() {}

  /**
   * For each figure after "from" and before "to" directly followed by the next figure, a bare count
   * takes the kind and unit of that next figure.
   */
  static void shareUnit(
      List<CoreLabel> tokens, List<Figure> figures, List<Amount> starts, List<Amount> ends) {
    for (int f = 0; f + 1 < figures.size(); f++) {
      Figure old = figures.get(f);
      Figure level = figures.get(f + 1);
      int first = starts.get(f).first();
      int joiner = ends.get(f).last() + 1;
      if (old.unit() != null
          || old.kind() != FigureKind.COUNT
          || level.unit() == null
          || first == 0
          || !tokens.get(first - 1).word().equalsIgnoreCase("from")
          || joiner >= tokens.size()
          || !tokens.get(joiner).word().equalsIgnoreCase("to")
          || starts.get(f + 1).first() != joiner + 1) {
        continue;
      }
      figures.set(
          f,
          new Figure(
              old.text(),
              old.field(),
              old.start(),
              old.end(),
              level.kind(),
              old.value(),
              old.low(),
              old.high(),
              old.qualifier(),
              level.unit(),
              level.unitNormalized(),
              old.direction()));
    }
  }
}
