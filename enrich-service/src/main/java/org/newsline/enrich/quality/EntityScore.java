package org.newsline.enrich.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Exact-span precision, recall and F1 per type (PER, ORG, LOC) and over all three. */
final class EntityScore {

  static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  /** True positives, false positives and false negatives of one type. */
  record Counts(int tp, int fp, int fn) {
    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<String, Counts> byType = new TreeMap<>();

  EntityScore() {
    TYPES.forEach(t -> byType.put(t, new Counts(0, 0, 0)));
  }

  /** Adds one document: each predicted span is right only when the same span and type is gold. */
  void add(List<Span> gold, List<Span> predicted) {
    Set<Span> g = new HashSet<>(gold);
    Set<Span> p = new HashSet<>(predicted);
    for (String type : TYPES) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Span s : p) {
        if (s.type().equals(type)) {
          if (g.contains(s)) {
            tp++;
          } else {
            fp++;
          }
        }
      }
      for (Span s : g) {
        if (s.type().equals(type) && !p.contains(s)) {
          fn++;
        }
      }
      byType.merge(type, new Counts(tp, fp, fn), Counts::plus);
    }
  }

  Counts of(String type) {
    return byType.get(type);
  }

  Counts overall() {
    return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /** One line: P/R/F1 per type and overall, three decimals. */
  String line() {
    StringBuilder out = new StringBuilder();
    for (String type : TYPES) {
      out.append(cell(type, of(type)));
    }
    return out.append(cell("all", overall())).toString();
  }

  private static String cell(String name, Counts c) {
    return String.format(
        Locale.ROOT, "  %s P %.3f R %.3f F1 %.3f", name, c.precision(), c.recall(), c.f1());
  }
}
