package org.newsline.model;

/** What sort of amount a {@link Figure} is. */
public enum FigureKind {
  COUNT,
  PERCENT,
  MONEY,
  MEASURE
}
