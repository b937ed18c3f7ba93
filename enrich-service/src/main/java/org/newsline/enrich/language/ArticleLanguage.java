package org.newsline.enrich.language;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the {@code language} a client gave means: its primary subtag in lower case. */
final class ArticleLanguage {

  static final String ENGLISH = "en";

  private static final Pattern TAG =
      Pattern.compile("\\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-_]*)?\\s*");

  private ArticleLanguage() {}

  /** {@code en-GB} → {@code en}; null for null, blank or what is no language tag. */
  static String given(String language) {
    if (language == null) {
      return null;
    }
    Matcher m = TAG.matcher(language);
    return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
