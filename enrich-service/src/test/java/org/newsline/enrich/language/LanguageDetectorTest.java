package org.newsline.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDetectorTest {

  private static final LanguageDetector DETECTOR = LanguageDetector.load();

  /**
   * {@code fixtures.tsv}: short articles of the project's own in several languages and scripts,
   * mixed-language ones (mostly English with a foreign quote: English; mostly foreign with English
   * names: the foreign language) and undecidable ones ({@code -}: numbers only, a few letters).
   */
  static Stream<Arguments> fixtures() throws IOException {
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    LanguageDetectorTest.class.getResourceAsStream("fixtures.tsv")),
                StandardCharsets.UTF_8))) {
      List<String> lines = in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
      return lines.stream().map(l -> l.split("\t", -1)).map(f -> Arguments.of(f[0], f[1], f[2]));
    }
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} {2}")
  @MethodSource("fixtures")
  void tellsTheLanguageOfAShortArticleOrAbstains(String expected, String title, String body) {
    Optional<String> detected = DETECTOR.detect(title, body);

    if (expected.equals("-")) {
      assertThat(detected).isEmpty();
    } else {
      assertThat(detected).contains(expected);
    }
  }

  @Test
  void readsOnlyABoundedPrefixOfTitleAndBody() {
    String english =
        "The council approved the new budget on Tuesday after a long debate about school funding. ";
    String russian = "Городской совет во вторник утвердил новый бюджет после долгих споров. ";
    String body =
        english.repeat(LanguageDetector.MAX_CHARS / english.length() + 1) + russian.repeat(200);

    assertThat(DETECTOR.detect("Budget", body)).contains("en");
    assertThat(DETECTOR.detect("Budget", russian.repeat(200) + english.repeat(200))).contains("ru");
  }

  @Test
  void aPrefixNeverEndsInHalfACharacter() {
    String body = "a".repeat(LanguageDetector.MAX_CHARS - 1) + "\uD83D\uDE00 and more";

    String prefix = LanguageDetector.prefix("", body);

    assertThat(prefix).hasSize(LanguageDetector.MAX_CHARS - 1);
  }

  @Test
  void aHeadlineOfChineseCharactersAloneIsChineseNotKorean() {
    assertThat(DETECTOR.detect("", "洪水封闭了通往港口的道路")).contains("zh");
    assertThat(DETECTOR.detect("", "서울시는 화요일 새 예산을 승인했다. 학교 예산에 대한 긴 토론이 있었다.")).contains("ko");
  }
}
