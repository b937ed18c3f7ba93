package org.newsline.enrich.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the language of an article from a bounded prefix of its title and body, with the character
 * n-gram profiles of the optimaize language detector (70 languages). Undecidable, and so empty,
 * when the prefix holds fewer than {@value #MIN_LETTERS} letters (a number-only or very short text;
 * a Chinese or Japanese character counts as two), fewer than {@value #MIN_LATIN_LETTERS} in the
 * Latin script, or when no language reaches a probability of {@value #MIN_PROBABILITY}: a wrong
 * verdict on an English article would cost it its whole enrichment, so the detector abstains rather
 * than guesses. Thread-safe; load once ({@link #load}: about 80 MB of profiles, a few seconds).
 */
public final class LanguageDetector {

  /** Characters of title and body read: a paragraph or two tells the language of an article. */
  static final int MAX_CHARS = 1000;

  /** Fewer letters than this and the text is undecidable. */
  static final int MIN_LETTERS = 20;

  /**
   * Fewer letters than this in a text mostly of the Latin script and it is undecidable: on the
   * first 40 characters of English articles the profiles name another language for 2% of them, on
   * the first 60 for none (docs/quality.md, Language).
   */
  static final int MIN_LATIN_LETTERS = 50;

  /** The top language's probability below this and the text is undecidable. */
  static final double MIN_PROBABILITY = 0.9;

  private final com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory texts;

  private LanguageDetector(com.optimaize.langdetect.LanguageDetector detector) {
    this.detector = detector;
    this.texts = CommonTextObjectFactories.forDetectingOnLargeText();
  }

  /** Loads the built-in language profiles. */
  public static LanguageDetector load() {
    try {
      return new LanguageDetector(
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .withProfiles(new LanguageProfileReader().readAllBuiltIn())
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language profiles", e);
    }
  }

  /**
   * The language of an article: an ISO 639-1 code in lower case ({@code en}, {@code ru}, {@code
   * zh}; ISO 639-3 for the few languages without one, {@code ast}), or empty when undecidable.
   */
  public Optional<String> detect(String title, String body) {
    String text = prefix(title, body);
    if (tooFewLetters(text)) {
      return Optional.empty();
    }
    boolean hangul = text.codePoints().anyMatch(LanguageDetector::isHangul);
    Map<String, Double> byCode = new HashMap<>();
    for (DetectedLanguage candidate : detector.getProbabilities(texts.forText(text))) {
      byCode.merge(
          code(candidate.getLocale().getLanguage(), hangul),
          candidate.getProbability(),
          Double::sum);
    }
    return byCode.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_PROBABILITY)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Title, a blank line and the body, cut at {@link #MAX_CHARS}. */
  static String prefix(String title, String body) {
    String t = title == null ? "" : title;
    String b = body == null ? "" : body;
    String text = t.isEmpty() ? b : b.isEmpty() ? t : t + "\n\n" + b;
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * Fewer than {@link #MIN_LETTERS} letters, a Chinese or Japanese character (about a word)
   * counting as two; or fewer than {@link #MIN_LATIN_LETTERS} when most of them are Latin.
   */
  static boolean tooFewLetters(String text) {
    int letters = 0;
    int latin = 0;
    for (int c : text.codePoints().filter(Character::isLetter).toArray()) {
      letters += Character.isIdeographic(c) ? 2 : 1;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    return letters < MIN_LETTERS || (2 * latin > letters && letters < MIN_LATIN_LETTERS);
  }

  /**
   * The profile's language as the contract's code ({@code zh-CN} and {@code zh-TW} are both {@code
   * zh}). The Korean profile, trained on text that also holds Chinese characters, takes part or all
   * of the probability of some short texts of Chinese characters alone: without a Hangul letter
   * that is Chinese.
   */
  private static String code(String language, boolean hangul) {
    String code = language.toLowerCase(Locale.ROOT);
    return code.equals("ko") && !hangul ? "zh" : code;
  }

  private static boolean isHangul(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
  }
}
