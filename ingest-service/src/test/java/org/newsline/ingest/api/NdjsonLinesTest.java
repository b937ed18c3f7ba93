package org.newsline.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

  private static List<NdjsonLines.Line> read(String text, long maxLine, long maxTotal)
      throws IOException {
    NdjsonLines lines =
        new NdjsonLines(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLine, maxTotal);
    List<NdjsonLines.Line> out = new ArrayList<>();
    NdjsonLines.Line line;
    while ((line = lines.next()) != null) {
      out.add(line);
    }
    return out;
  }

  @Test
  void splitsOnNewlinesIncludingALastLineWithoutOne() throws IOException {
    List<NdjsonLines.Line> lines = read("{\"a\":1}\r\n\n{\"b\":2}", 100, 1000);

    assertThat(lines).hasSize(3);
    assertThat(new String(lines.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}\r");
    assertThat(lines.get(1).blank()).isTrue();
    assertThat(lines.get(2).number()).isEqualTo(3);
  }

  @Test
  void skipsALineOverTheLimitAndCarriesOn() throws IOException {
    List<NdjsonLines.Line> lines = read("x".repeat(50) + "\n{}\n", 10, 1000);

    assertThat(lines.get(0).tooLong()).isTrue();
    assertThat(lines.get(0).size()).isEqualTo(50);
    assertThat(lines.get(1).bytes()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void stopsAtTheTotalLimit() {
    assertThatThrownBy(() -> read("{}\n".repeat(100), 10, 50))
        .isInstanceOf(PayloadTooLargeException.class);
  }
}
