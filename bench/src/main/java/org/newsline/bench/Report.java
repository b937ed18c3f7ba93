package org.newsline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes results: a row appended to the table of a benchmark's section in {@code
 * docs/benchmarks.md}, and raw CSV files under {@code docs/benchmarks/}.
 */
public final class Report {

  private final Path docs;

  /**
   * @param docs the {@code docs} directory of the repository
   */
  public Report(Path docs) {
    this.docs = docs;
  }

  public Path dir() {
    return docs.resolve("benchmarks");
  }

  /** Writes {@code docs/benchmarks/<name>} with a header and rows, replacing any earlier file. */
  public Path csv(String name, String header, List<String> rows) {
    Path file = dir().resolve(name);
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Appends {@code row} after the last line of the results table of the section whose heading
   * starts with {@code "## " + section}: the last table there with as many columns as the row (a
   * section may keep an earlier table, with other columns, for runs of an earlier setup).
   */
  public void appendRow(String section, String row) {
    Path file = docs.resolve("benchmarks.md");
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      int start = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("## " + section)) {
          start = i;
          break;
        }
      }
      if (start < 0) {
        throw new IllegalStateException("no section '## " + section + "' in " + file);
      }
      int columns = cells(row);
      int lastTableLine = -1;
      int tableColumns = -1;
      for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
        if (!lines.get(i).startsWith("|")) {
          tableColumns = -1;
          continue;
        }
        if (tableColumns < 0) {
          tableColumns = cells(lines.get(i)); // the header
        }
        if (tableColumns == columns) {
          lastTableLine = i;
        }
      }
      if (lastTableLine < 0) {
        throw new IllegalStateException(
            "no results table of " + columns + " columns in section " + section + " of " + file);
      }
      lines.add(lastTableLine + 1, row);
      Files.write(file, lines, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cells of a Markdown table line ("| a | b |" has 2). */
  static int cells(String line) {
    String t = line.strip();
    return (int) t.chars().filter(c -> c == '|').count() - 1;
  }
}
