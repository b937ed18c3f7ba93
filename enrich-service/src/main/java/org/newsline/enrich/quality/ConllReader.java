package org.newsline.enrich.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file ({@code token POS chunk NER} a line, IOB1, a blank line between
 * sentences, {@code -DOCSTART-} between documents) into documents as the scoring method of {@code
 * shared/dev-sets/README.md} builds them.
 */
final class ConllReader {

  private ConllReader() {}

  static List<ConllDocument> read(Path file) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    Builder doc = new Builder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        doc.finish(docs);
        doc = new Builder();
      } else if (line.isBlank()) {
        doc.endSentence();
      } else {
        String[] cols = line.trim().split(" ");
        doc.token(cols[0], cols[cols.length - 1]);
      }
    }
    doc.finish(docs);
    return docs;
  }

  private static final class Builder {
    final StringBuilder body = new StringBuilder();
    final List<Integer> starts = new ArrayList<>();
    final List<Integer> ends = new ArrayList<>();
    final List<Span> gold = new ArrayList<>();
    boolean sentenceOpen;
    int spanFirst = -1;
    String spanType;

    void token(String word, String tag) {
      if (sentenceOpen) {
        body.append(' ');
      } else if (!body.isEmpty()) {
        body.append('\n');
      }
      sentenceOpen = true;
      int k = starts.size();
      starts.add(body.length());
      body.append(word);
      ends.add(body.length());
      String type = tag.length() > 2 ? tag.substring(2) : null;
      boolean begins = tag.startsWith("B-") || type == null || !type.equals(spanType);
      if (begins) {
        closeSpan(k - 1);
        if (type != null) {
          spanFirst = k;
          spanType = type;
        }
      }
    }

    void endSentence() {
      closeSpan(starts.size() - 1);
      sentenceOpen = false;
    }

    private void closeSpan(int last) {
      if (spanType != null && !spanType.equals("MISC")) {
        gold.add(new Span(spanFirst, last, spanType));
      }
      spanType = null;
      spanFirst = -1;
    }

    void finish(List<ConllDocument> into) {
      endSentence();
      if (starts.isEmpty()) {
        return;
      }
      into.add(
          new ConllDocument(
              "conll-" + (into.size() + 1),
              body.toString(),
              starts.stream().mapToInt(Integer::intValue).toArray(),
              ends.stream().mapToInt(Integer::intValue).toArray(),
              List.copyOf(gold)));
    }
  }
}
