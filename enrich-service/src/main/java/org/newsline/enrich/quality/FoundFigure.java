package org.newsline.enrich.quality;

import org.newsline.model.Field;
import org.newsline.model.Qualifier;

/**
 * A figure a system found: the engine's figure or a bare CoreNLP numeric mention, in one shape.
 *
 * @param kind {@code COUNT}, {@code MONEY}, {@code PERCENT}, {@code MEASURE}, or {@code NUMBER} for
 *     a bare CoreNLP number, which says nothing about what it counts
 * @param unit canonical unit, or null: the engine's own {@code unitNormalized}; for bare CoreNLP,
 *     its MONEY currency or {@code percent} by {@link UnitNames}
 * @param direction {@code UP} / {@code DOWN}, or null
 */
record FoundFigure(
    Field field,
    int start,
    int end,
    String kind,
    double low,
    double high,
    String unit,
    Qualifier qualifier,
    String direction) {

  boolean isRangeOrBound() {
    return low != high
        || (qualifier != null
            && qualifier != Qualifier.EXACT
            && qualifier != Qualifier.APPROXIMATE);
  }
}
