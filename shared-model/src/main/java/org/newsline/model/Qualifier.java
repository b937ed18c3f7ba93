package org.newsline.model;

/** How the text qualifies an amount. */
public enum Qualifier {
  /** "50 soldiers" */
  EXACT,
  /** "approximately", "around", "about" */
  APPROXIMATE,
  /** "at least" */
  AT_LEAST,
  /** "as many as", "up to", "no more than" */
  AT_MOST,
  /** "more than", "over" */
  MORE_THAN,
  /** "fewer than", "under" */
  LESS_THAN,
  /**
   * "400,000 to 500,000", "three or four": a range the text gives no qualifier for. Every range has
   * {@code low < high}; a qualified one keeps its qualifier ("around 400,000 to 500,000":
   * APPROXIMATE).
   */
  RANGE
}
