package org.newsline.enrich.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.enrich.figures.HandTokens.tokens;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.model.Direction;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;
import org.newsline.model.Qualifier;

/** The direction stage on tokens built by hand, without CoreNLP. */
class DirectionsTest {

  /** The directions of figures over the given token spans {@code first, last, first, last...}. */
  private static List<Direction> directions(String tagged, int... spans) {
    List<CoreLabel> tokens = tokens(tagged);
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      int start = tokens.get(spans[i]).beginPosition();
      int end = tokens.get(spans[i + 1]).endPosition();
      figures.add(
          new Figure(
              "x".repeat(end - start),
              Field.BODY,
              start,
              end,
              FigureKind.COUNT,
              1,
              1,
              1,
              Qualifier.EXACT,
              null));
    }
    return Directions.of(tokens, figures).stream().map(Figure::direction).toList();
  }

  private static List<Direction> are(Direction... d) {
    return Arrays.asList(d);
  }

  @Test
  void givesTheAmountOfAChangeTheWayItsWordGoes() {
    assertThat(directions("Shares/NNS climbed/VBD/climb 4/CD %/NN", 2, 3))
        .isEqualTo(are(Direction.UP));
    assertThat(directions("it/PRP was/VBD down/RB 30/CD cents/NNS", 3, 4))
        .isEqualTo(are(Direction.DOWN));
    assertThat(
            directions(
                "total/NN rose/VBD/rise a/DT higher/JJR than/IN expected/VBN 17,000/CD", 6, 6))
        .isEqualTo(are(Direction.UP));
    assertThat(directions("a/DT rise/NN/rise of/IN 5/CD %/NN", 3, 4)).isEqualTo(are(Direction.UP));
    assertThat(directions("It/PRP lost/VBD/lose 464,000/CD subscribers/NNS", 2, 3))
        .isEqualTo(are(Direction.DOWN));
  }

  @Test
  void givesTheLevelsAndTheAmountBroughtInByToFromAtAndByTheSameWay() {
    assertThat(
            directions(
                "sales/NNS rose/VBD/rise 2/CD %/NN to/TO $/$ 11.1/CD bn/CD from/IN $/$ 10.9/CD bn/CD",
                2, 3, 5, 7, 9, 11))
        .isEqualTo(are(Direction.UP, Direction.UP, Direction.UP));
    assertThat(directions("prices/NNS have/VBP fallen/VBN/fall by/IN 6/CD %/NN", 4, 5))
        .isEqualTo(are(Direction.DOWN));
    assertThat(
            directions(
                "reduce/VB/reduce its/PRP$ workforce/NN by/IN between/IN 7,000/CD and/CC 8,000/CD",
                5,
                7))
        .isEqualTo(are(Direction.DOWN));
    assertThat(
            directions(
                "boost/VB/boost production/NN from/IN an/DT expected/VBN 180,000/CD tonnes/NNS"
                    + " this/DT year/NN to/TO 600,000/CD tonnes/NNS",
                5,
                6,
                10,
                11))
        .isEqualTo(are(Direction.UP, Direction.UP));
    assertThat(
            directions(
                "grew/VBD/grow at/IN a/DT respectable/JJ annual/JJ rate/NN of/IN 3.7/CD %/NN",
                7, 8))
        .isEqualTo(are(Direction.UP));
    assertThat(
            directions(
                "rose/VBD/rise 15/CD %/NN from/IN a/DT year/NN ago/RB to/TO reach/VB £/$ 546/CD m/CD",
                1, 2, 9, 11))
        .isEqualTo(are(Direction.UP, Direction.UP));
  }

  @Test
  void givesAFigureInBracketsTheWayOfTheFigureBefore() {
    assertThat(
            directions(
                "jumped/VBD/jump 76/CD %/NN to/TO $/$ 1.13/CD bn/CD (/-LRB- £/$ 600/CD m/CD )/-RRB-",
                1, 2, 4, 6, 8, 10))
        .isEqualTo(are(Direction.UP, Direction.UP, Direction.UP));
  }

  @Test
  void readsAWordOfChangeRightAfterTheFigure() {
    assertThat(directions("a/DT 5/CD %/NN rise/NN/rise", 1, 2)).isEqualTo(are(Direction.UP));
    assertThat(directions("a/DT 25/CD basis/NN point/NN cut/NN/cut", 1, 3))
        .isEqualTo(are(Direction.DOWN));
    assertThat(directions("closed/VBD 3/CD %/NN higher/RBR", 1, 2)).isEqualTo(are(Direction.UP));
    assertThat(directions("even/RB as/IN 90,000/CD more/JJR people/NNS were/VBD", 2, 4))
        .isEqualTo(are(Direction.UP));
  }

  @Test
  void givesNoneOutsideTheClauseOfChangeOrWhereNoWordOfChangeGovernsTheFigure() {
    // a duration inside the clause, brought in by "for"/"in"
    assertThat(
            directions("jumped/VBD/jump 76/CD %/NN for/IN the/DT three/CD months/NNS", 1, 2, 5, 6))
        .isEqualTo(are(Direction.UP, null));
    // a new clause after "while" and after a finite verb
    assertThat(
            directions(
                "profit/NN rose/VBD/rise ,/, while/IN staff/NNS moved/VBD to/TO 5/CD offices/NNS",
                7,
                8))
        .isEqualTo(are((Direction) null));
    // a qualifier "up to" is no change; a noun of "of" that is no level
    assertThat(directions("Up/IN to/TO 40/CD tanks/NNS moved/VBD", 0, 3))
        .isEqualTo(are((Direction) null));
    assertThat(
            directions(
                "rose/VBD/rise 15/CD %/NN ,/, ahead/RB of/IN analysts/NNS '/POS forecasts/NNS"
                    + " of/IN £/$ 532/CD m/CD",
                1, 2, 9, 11))
        .isEqualTo(are(Direction.UP, null));
    assertThat(directions("killed/VBD/kill 300/CD people/NNS", 1, 2))
        .isEqualTo(are((Direction) null));
  }

  @Test
  void takesALengthRightAfterAVerbOfChangeForADistanceMovedNotAChange() {
    List<CoreLabel> tokens = tokens("he/PRP jumped/VBD/jump 30/CD ft/NN from/IN a/DT window/NN");
    Figure length =
        new Figure(
            "30 ft",
            Field.BODY,
            tokens.get(2).beginPosition(),
            tokens.get(3).endPosition(),
            FigureKind.MEASURE,
            30,
            30,
            30,
            Qualifier.EXACT,
            "ft",
            "foot",
            null);
    assertThat(Directions.of(tokens, List.of(length)))
        .extracting(Figure::direction)
        .containsOnlyNulls();
    Figure percent = length.withUnit("percent", "percent");
    assertThat(Directions.of(tokens, List.of(percent)))
        .extracting(Figure::direction)
        .containsExactly(Direction.UP);
  }

  @Test
  void takesUpOrDownOfAPhrasalVerbForAChangeOfAnyFigureButTheCountedObjectOfTheVerb() {
    assertThat(
            directions("closed/VBD up/RP four/CD pence/NNS at/IN 274.5/CD pence/NNS", 2, 3, 5, 6))
        .isEqualTo(are(Direction.UP, Direction.UP));
    assertThat(directions("was/VBD trading/VBG down/RP at/IN $/$ 103.05/CD", 4, 5))
        .isEqualTo(are(Direction.DOWN));
    assertThat(directions("was/VBD/be down/RB 30/CD cents/NNS", 2, 3))
        .isEqualTo(are(Direction.DOWN));
    List<CoreLabel> shot = tokens("troops/NNS shot/VBD/shoot down/RB 3/CD drones/NNS");
    Figure drones =
        new Figure(
            "3 drones",
            Field.BODY,
            shot.get(3).beginPosition(),
            shot.get(4).endPosition(),
            FigureKind.COUNT,
            3,
            3,
            3,
            Qualifier.EXACT,
            "drones",
            "drone",
            null);
    assertThat(Directions.of(shot, List.of(drones))).extracting(Figure::direction).containsNull();
  }
}
