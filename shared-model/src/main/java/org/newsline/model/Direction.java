package org.newsline.model;

/** The way a reported change of a quantity went ("climbed 4%": UP; "was down 30 cents": DOWN). */
public enum Direction {
  UP,
  DOWN
}
