package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the cleaner over the real scraped samples in {@code ../shared/samples} (skipped when absent)
 * and checks general properties; prints what was removed so a human can judge it.
 */
class SamplesCleaningTest {

  private static final Path SAMPLES = Path.of("..", "..", "shared", "samples");

  private final ArticleCleaner cleaner = new ArticleCleaner();

  @Test
  void removesChromeFromEverySampleAndKeepsParagraphs() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "../shared/samples is absent");
    List<Path> files;
    try (Stream<Path> list = Files.list(SAMPLES)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      CleanedText cleaned = cleaner.cleanPlainText(text);
      System.out.println("== " + file.getFileName() + "\n  title: " + cleaned.title());
      cleaned.removedLines().forEach(line -> System.out.println("  removed: " + line));

      assertThat(Page.words(cleaned.title())).as(file + " title words").isGreaterThan(3);
      assertThat(cleaned.body().split("\n\n").length).as(file + " paragraphs").isGreaterThan(5);
      assertThat(cleaned.body()).as(file + " body").doesNotContain(cleaned.title());
      for (String nav : List.of("Skip to main content", "Back to top button", "Related Articles")) {
        if (text.contains(nav)) {
          assertThat(cleaned.removedLines()).as(file + " removed").contains(nav);
          assertThat(cleaned.body()).as(file + " body").doesNotContain(nav);
        }
      }
      long titleCopies = text.lines().filter(l -> l.strip().equals(cleaned.title())).count();
      assertThat(cleaned.removedLines().stream().filter(cleaned.title()::equals).count())
          .as(file + " repeated title removed")
          .isEqualTo(titleCopies - 1);
      assertThat(cleaned.body().length()).as(file + " kept").isGreaterThan(text.length() / 2);
    }
  }
}
