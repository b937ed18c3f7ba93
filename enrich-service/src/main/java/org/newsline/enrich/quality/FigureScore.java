package org.newsline.enrich.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Precision, recall and F1 of found figures against expected ones, for one metric. A found figure
 * matches an expected one when their spans overlap in the same field and the metric's attributes
 * agree; each is matched at most once. Found figures outside the annotated regions, or of a kind
 * the set does not annotate, are not counted.
 */
final class FigureScore {

  /** What must agree besides overlapping spans. */
  enum Metric {
    VALUE("value"),
    VALUE_UNIT("value+unit"),
    VALUE_QUALIFIER("value+qualifier"),
    VALUE_CHANGE("value+change");

    final String label;

    Metric(String label) {
      this.label = label;
    }

    /** Whether a set annotates what the metric needs. */
    boolean appliesTo(List<FigureCase.Expected> expected) {
      return switch (this) {
        case VALUE -> true;
        case VALUE_UNIT -> expected.stream().anyMatch(e -> e.unit() != null);
        case VALUE_QUALIFIER -> expected.stream().anyMatch(e -> e.qualifier() != null);
        case VALUE_CHANGE -> expected.stream().anyMatch(e -> e.direction() != null);
      };
    }

    boolean agrees(FigureCase.Expected e, FoundFigure f) {
      if (!close(e.low(), f.low()) || !close(e.high(), f.high())) {
        return false;
      }
      return switch (this) {
        case VALUE -> true;
        case VALUE_UNIT -> Objects.equals(e.unit().equals("-") ? null : e.unit(), f.unit());
        case VALUE_QUALIFIER -> e.qualifier() == f.qualifier();
        case VALUE_CHANGE -> Objects.equals(e.direction(), f.direction());
      };
    }
  }

  int expected;
  int found;
  int matched;

  static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.abs(a));
  }

  /** Adds one case: {@code counted} says which found figures the set would have annotated. */
  void add(
      FigureCase c,
      List<FoundFigure> all,
      Predicate<FoundFigure> counted,
      BiPredicate<FigureCase.Expected, FoundFigure> agrees) {
    List<FoundFigure> candidates = new ArrayList<>();
    for (FoundFigure f : all) {
      if (counted.test(f)
          && c.regions().stream().anyMatch(r -> r.holds(f.field(), f.start(), f.end()))) {
        candidates.add(f);
      }
    }
    found += candidates.size();
    expected += c.expected().size();
    boolean[] used = new boolean[candidates.size()];
    for (FigureCase.Expected e : c.expected()) {
      for (int i = 0; i < candidates.size(); i++) {
        FoundFigure f = candidates.get(i);
        if (!used[i]
            && f.field() == e.field()
            && f.start() < e.end()
            && e.start() < f.end()
            && agrees.test(e, f)) {
          used[i] = true;
          matched++;
          break;
        }
      }
    }
  }

  double precision() {
    return found == 0 ? 0 : (double) matched / found;
  }

  double recall() {
    return expected == 0 ? 0 : (double) matched / expected;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
