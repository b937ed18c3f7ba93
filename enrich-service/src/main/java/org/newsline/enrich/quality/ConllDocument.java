package org.newsline.enrich.quality;

import java.util.List;

/**
 * One CoNLL-2003 document as the platform receives it: the body (each sentence's tokens joined by
 * single spaces, sentences joined by a newline), where each token sits in it, and the gold PER, ORG
 * and LOC spans.
 *
 * @param id {@code conll-} and the document's position in the file
 * @param body the article body
 * @param starts character offset of each token in {@code body}
 * @param ends character offset after each token
 * @param gold the annotated entities (MISC left out)
 */
record ConllDocument(String id, String body, int[] starts, int[] ends, List<Span> gold) {

  int tokens() {
    return starts.length;
  }

  /**
   * The tokens a character range covers, as a span of {@code type}; null when the range covers no
   * token. A range that does not start or end at a token's edge still covers the tokens it touches,
   * and so is scored as a wrong span rather than dropped.
   */
  Span spanOf(int start, int end, String type) {
    int first = -1;
    int last = -1;
    for (int k = 0; k < starts.length; k++) {
      if (ends[k] > start && starts[k] < end) {
        if (first < 0) {
          first = k;
        }
        last = k;
      }
    }
    return first < 0 ? null : new Span(first, last, type);
  }

  /** The body text of a span. */
  String text(Span s) {
    return body.substring(starts[s.first()], ends[s.last()]);
  }

  /** The line (one CoNLL sentence) that holds a span, for error listings. */
  String line(Span s) {
    int from = body.lastIndexOf('\n', starts[s.first()]) + 1;
    int to = body.indexOf('\n', ends[s.last()]);
    return body.substring(from, to < 0 ? body.length() : to);
  }
}
