package org.newsline.ingest.cleaning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A body as lines grouped in paragraphs, with a mark per line: live, removed as chrome (recorded),
 * or consumed as the title (not recorded). Rules only mark lines; nothing is deleted until {@link
 * #body()}.
 */
final class Page {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”’»)\\]]$");

  private final List<String> lines = new ArrayList<>();
  private final List<Integer> paragraphs = new ArrayList<>();
  private final List<State> states = new ArrayList<>();

  private enum State {
    LIVE,
    REMOVED,
    CONSUMED
  }

  Page(String normalisedText) {
    int paragraph = 0;
    for (String block : normalisedText.split("\n\n")) {
      if (block.isEmpty()) {
        continue;
      }
      for (String line : block.split("\n")) {
        lines.add(line);
        paragraphs.add(paragraph);
        states.add(State.LIVE);
      }
      paragraph++;
    }
  }

  int size() {
    return lines.size();
  }

  String text(int i) {
    return lines.get(i);
  }

  int paragraph(int i) {
    return paragraphs.get(i);
  }

  boolean live(int i) {
    return states.get(i) == State.LIVE;
  }

  void remove(int i) {
    if (live(i)) {
      states.set(i, State.REMOVED);
    }
  }

  void consume(int i) {
    states.set(i, State.CONSUMED);
  }

  /** Indexes of live lines in order. */
  List<Integer> liveLines() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (live(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Live lines grouped by paragraph, in order. */
  List<List<Integer>> liveParagraphs() {
    List<List<Integer>> out = new ArrayList<>();
    int current = -1;
    for (int i : liveLines()) {
      if (paragraphs.get(i) != current) {
        out.add(new ArrayList<>());
        current = paragraphs.get(i);
      }
      out.get(out.size() - 1).add(i);
    }
    return out;
  }

  /**
   * Live lines outside the prose: those before the first and after the last line of running prose
   * ({@link #isProse}) that occurs once on the page. Empty when the page has no such prose, so a
   * rule limited to these lines never empties a page.
   */
  List<Integer> edgeLines() {
    List<Integer> live = liveLines();
    Map<String, Integer> occurrences = new HashMap<>();
    for (int i : live) {
      occurrences.merge(key(lines.get(i)), 1, Integer::sum);
    }
    int first = -1;
    int last = -1;
    for (int n = 0; n < live.size(); n++) {
      int i = live.get(n);
      if (isProse(lines.get(i)) && occurrences.get(key(lines.get(i))) == 1) {
        first = first < 0 ? n : first;
        last = n;
      }
    }
    List<Integer> out = new ArrayList<>();
    if (first < 0) {
      return out;
    }
    out.addAll(live.subList(0, first));
    out.addAll(live.subList(last + 1, live.size()));
    return out;
  }

  /** The lines {@code indexes} joined by single spaces (a paragraph as one text). */
  String joined(List<Integer> indexes) {
    StringBuilder out = new StringBuilder();
    for (int i : indexes) {
      out.append(lines.get(i)).append(' ');
    }
    return out.toString().strip();
  }

  /** How many live lines have the same comparison key as line {@code i} (including itself). */
  int liveOccurrences(int i) {
    String key = key(lines.get(i));
    int count = 0;
    for (int j = 0; j < lines.size(); j++) {
      if (live(j) && key(lines.get(j)).equals(key)) {
        count++;
      }
    }
    return count;
  }

  /** The removed lines in document order. */
  List<String> removed() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (states.get(i) == State.REMOVED) {
        out.add(lines.get(i));
      }
    }
    return out;
  }

  /** The live lines: lines of a paragraph joined by a newline, paragraphs by a blank line. */
  String body() {
    StringBuilder out = new StringBuilder();
    int current = -1;
    for (int i : liveLines()) {
      if (out.length() > 0) {
        out.append(paragraphs.get(i) == current ? "\n" : "\n\n");
      }
      current = paragraphs.get(i);
      out.append(lines.get(i));
    }
    return out.toString();
  }

  /** Comparison key: lower case, letters and digits only, single spaces. */
  static String key(String text) {
    return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  static int words(String text) {
    String k = key(text);
    return k.isEmpty() ? 0 : k.split(" ").length;
  }

  /** Ends like a sentence (or a quotation closing one). */
  static boolean endsLikeSentence(String text) {
    return SENTENCE_END.matcher(text).find();
  }

  /** A line of running prose: at least eight words ending like a sentence. */
  static boolean isProse(String text) {
    return words(text) >= 8 && endsLikeSentence(text);
  }
}
