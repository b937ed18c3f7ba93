package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;
import org.newsline.model.Qualifier;

/** The two levels of a change on tokens built by hand. */
class ChangeLevelsTest {

  private static Figure figure(FigureKind kind, double v, String unit, String normalized) {
    return new Figure(
        "x", Field.BODY, 0, 1, kind, v, v, v, Qualifier.EXACT, unit, normalized, null);
  }

  private static Amount at(int i) {
    return new Amount(i, i, "NUMBER", null);
  }

  @Test
  void givesTheOldLevelWrittenBareTheNewLevelsKindAndUnit() {
    List<CoreLabel> t = tokens("rose/VBD/rise from/IN 31/CD to/IN 44/CD percent/NN");
    List<Figure> figures =
        new ArrayList<>(
            List.of(
                figure(FigureKind.COUNT, 31, null, null),
                figure(FigureKind.PERCENT, 44, "percent", "percent")));
    ChangeLevels.shareUnit(t, figures, List.of(at(2), at(4)), List.of(at(2), at(4)));
    assertThat(figures.get(0).kind()).isEqualTo(FigureKind.PERCENT);
    assertThat(figures.get(0).unitNormalized()).isEqualTo("percent");
    assertThat(figures.get(0).value()).isEqualTo(31);
  }

  @Test
  void leavesAFigureWithItsOwnUnitOrWithoutFromBeforeItAsItIs() {
    List<CoreLabel> own = tokens("from/IN 12/CD staff/NN to/IN 8/CD staff/NN");
    Figure staff = figure(FigureKind.COUNT, 12, "staff", "staff");
    List<Figure> figures =
        new ArrayList<>(List.of(staff, figure(FigureKind.COUNT, 8, "people", "person")));
    ChangeLevels.shareUnit(
        own, figures, List.of(new Amount(1, 1, "NUMBER", null), at(4)), List.of(at(2), at(5)));
    assertThat(figures.get(0)).isSameAs(staff);

    List<CoreLabel> by = tokens("rose/VBD/rise by/IN 31/CD to/IN 44/CD percent/NN");
    Figure bare = figure(FigureKind.COUNT, 31, null, null);
    List<Figure> change =
        new ArrayList<>(List.of(bare, figure(FigureKind.PERCENT, 44, "percent", "percent")));
    ChangeLevels.shareUnit(by, change, List.of(at(2), at(4)), List.of(at(2), at(4)));
    assertThat(change.get(0)).isSameAs(bare);
  }
}
