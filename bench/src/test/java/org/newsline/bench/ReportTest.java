package org.newsline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @TempDir Path docs;

  private static final String DOC =
      """
      # Benchmarks

      ## 6. Enrich service

      | a | b | c |
      | --- | --- | --- |
      | 1 | 2 | 3 |

      Reading.

      ### Earlier runs

      | a | b |
      | --- | --- |
      | 9 | 9 |

      ## 7. Next

      | x | y | z |
      | --- | --- | --- |
      """;

  @Test
  void appendsTheRowToTheSectionsTableWithAsManyColumnsEvenWhenAnotherTableFollows()
      throws Exception {
    Files.writeString(docs.resolve("benchmarks.md"), DOC);

    new Report(docs).appendRow("6. Enrich service", "| 4 | 5 | 6 |");
    new Report(docs).appendRow("6. Enrich service", "| 8 | 8 |");

    String text = Files.readString(docs.resolve("benchmarks.md"));
    assertThat(text).contains("| 1 | 2 | 3 |\n| 4 | 5 | 6 |\n\nReading.");
    assertThat(text).contains("| 9 | 9 |\n| 8 | 8 |\n\n## 7. Next");
  }

  @Test
  void refusesARowNoTableOfItsSectionFits() throws Exception {
    Files.writeString(docs.resolve("benchmarks.md"), DOC);

    assertThatThrownBy(() -> new Report(docs).appendRow("6. Enrich service", "| 1 |"))
        .hasMessageContaining("no results table of 1 columns");
    assertThat(Files.readString(docs.resolve("benchmarks.md"))).isEqualTo(DOC);
  }
}
