package org.newsline.enrich.quality;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The errors of one system, for diagnosis: every gold span not found exactly and every predicted
 * span not in the gold, classed as a wrong type (same tokens), a wrong boundary (overlapping), a
 * miss or a spurious mention, with the line it is in. Written to a file under {@code target/}; the
 * text is the dev set's and is never committed.
 */
final class ErrorLog implements AutoCloseable {

  private final PrintWriter out;
  private final Map<String, Integer> counts = new TreeMap<>();

  ErrorLog(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    this.out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  void add(ConllDocument doc, List<Span> gold, List<Span> predicted) {
    for (Span g : gold) {
      if (predicted.contains(g)) {
        continue;
      }
      Span same = find(predicted, g, true);
      Span near = same != null ? null : find(predicted, g, false);
      if (same != null) {
        log(doc, "type " + g.type() + "->" + same.type(), g, same);
      } else if (near != null) {
        log(doc, "boundary " + g.type() + "->" + near.type(), g, near);
      } else {
        log(doc, "missed " + g.type(), g, null);
      }
    }
    for (Span p : predicted) {
      if (!gold.contains(p) && find(gold, p, true) == null && find(gold, p, false) == null) {
        log(doc, "spurious " + p.type(), null, p);
      }
    }
  }

  /** A span over the same tokens ({@code exact}) or overlapping {@code s}. */
  private static Span find(List<Span> spans, Span s, boolean exact) {
    for (Span o : spans) {
      boolean same = o.first() == s.first() && o.last() == s.last();
      boolean overlap = o.first() <= s.last() && s.first() <= o.last();
      if (exact ? same : overlap && !same) {
        return o;
      }
    }
    return null;
  }

  private void log(ConllDocument doc, String what, Span gold, Span predicted) {
    counts.merge(what, 1, Integer::sum);
    Span at = gold != null ? gold : predicted;
    out.printf(
        "%s\t%s\tgold=%s\tgot=%s\t| %s%n",
        doc.id(),
        what,
        gold == null ? "-" : doc.text(gold),
        predicted == null ? "-" : doc.text(predicted) + "/" + predicted.type(),
        doc.line(at));
  }

  Map<String, Integer> counts() {
    return counts;
  }

  @Override
  public void close() {
    out.printf("%n%s%n", counts);
    out.close();
  }
}
