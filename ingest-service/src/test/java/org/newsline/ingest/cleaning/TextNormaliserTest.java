package org.newsline.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

  @Test
  void composesToNfc() {
    assertThat(TextNormaliser.text("Cafe\u0301 opens")).isEqualTo("Caf\u00e9 opens");
  }

  @Test
  void removesControlCharactersAndInvisibleOnes() {
    assertThat(TextNormaliser.text("Har\u0000bour\u0007 re\u200Bopens\uFEFF to\u00ADday"))
        .isEqualTo("Harbour reopens today");
  }

  @Test
  void collapsesHorizontalWhiteSpaceIncludingUnicodeSpaces() {
    assertThat(TextNormaliser.text("  The\t\tport\u00A0\u00A0is \u2009 open  "))
        .isEqualTo("The port is open");
  }

  @Test
  void keepsParagraphBreaksAsOneBlankLine() {
    assertThat(
            TextNormaliser.text(
                "\r\n\r\nFirst para.\r\n  \r\n\r\n\r\nSecond para.\nSame para.\n\n"))
        .isEqualTo("First para.\n\nSecond para.\nSame para.");
  }

  @Test
  void keepsTypographicQuotesAndDashes() {
    String text = "“Quoted” — ‘single’ – «guillemets»";
    assertThat(TextNormaliser.text(text)).isEqualTo(text);
  }

  @Test
  void treatsParagraphSeparatorAsParagraphBreak() {
    assertThat(TextNormaliser.text("One.\u2029Two.")).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void flattensTitleToOneLine() {
    assertThat(TextNormaliser.line(" Harbour\n reopens\r\n\tafter storm "))
        .isEqualTo("Harbour reopens after storm");
  }

  @Test
  void returnsEmptyForNullOrEmpty() {
    assertThat(TextNormaliser.text(null)).isEmpty();
    assertThat(TextNormaliser.line("")).isEmpty();
  }
}
