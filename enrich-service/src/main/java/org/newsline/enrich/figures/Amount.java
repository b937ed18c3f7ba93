package org.newsline.enrich.figures;

/**
 * A run of tokens {@code [first, last]} of one sentence with one numeric value: CoreNLP's NER label
 * (or {@code GLUED} for digits with a unit glued on) and its normalised value, which may be null.
 */
record Amount(int first, int last, String ner, String normalized) {

  /** The NER label of an amount with its unit glued on ("30ft", "873p"). */
  static final String GLUED = "GLUED";
}
