package org.newsline.enrich.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headline casing ("Soldiers Attempt Mass Escape") makes the tagger see names everywhere. For a
 * title in Title Case, every capitalised word is lower-cased unless the article's body writes it
 * capitalised in mid-sentence, the cheap form of truecasing that uses the article itself as
 * evidence. The result has the same length as the input, so offsets stay valid.
 */
final class TitleCase {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.-]*");

  private TitleCase() {}

  /**
   * {@code text} with every headline-like line recased, using the lines of {@code body} that are
   * not in Title Case as evidence; {@code text} itself when no line is in Title Case. A line counts
   * as a headline when at least half of its capitalised words occur in lower case in the evidence
   * (so a credit line of names only, "Ann Lee / Agency", is left alone); then every capitalised
   * word the evidence never writes capitalised in mid-sentence is lower-cased.
   */
  static String recase(String text, String body) {
    String[] lines = text.split("\n", -1);
    boolean any = false;
    for (String line : lines) {
      any |= isTitleCase(line);
    }
    if (!any) {
      return text;
    }
    StringBuilder evidence = new StringBuilder();
    for (String line : body.split("\n")) {
      if (!isTitleCase(line)) {
        evidence.append(line).append('\n');
      }
    }
    Set<String> names = new HashSet<>();
    Set<String> lower = new HashSet<>();
    collectEvidence(evidence.toString(), names, lower);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(isTitleCase(lines[i]) ? recaseLine(lines[i], names, lower) : lines[i]);
    }
    return out.toString();
  }

  private static String recaseLine(String line, Set<String> names, Set<String> lower) {
    Matcher m = WORD.matcher(line);
    int candidates = 0;
    int seenLower = 0;
    while (m.find()) {
      String w = m.group();
      if (Character.isUpperCase(w.charAt(0)) && !isAcronym(w) && !names.contains(w)) {
        candidates++;
        if (lower.contains(w.toLowerCase(Locale.ROOT))) {
          seenLower++;
        }
      }
    }
    if (candidates == 0 || seenLower * 2 < candidates) {
      return line;
    }
    StringBuilder out = new StringBuilder(line);
    m = WORD.matcher(line);
    while (m.find()) {
      String w = m.group();
      if (Character.isUpperCase(w.charAt(0)) && !isAcronym(w) && !names.contains(w)) {
        out.setCharAt(m.start(), Character.toLowerCase(w.charAt(0)));
      }
    }
    return out.toString();
  }

  static boolean isTitleCase(String title) {
    Matcher m = WORD.matcher(title);
    int words = 0;
    int capitalised = 0;
    while (m.find()) {
      String w = m.group();
      if (w.length() < 4) {
        continue; // "of", "in", "the" are lower case in Title Case too
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 8;
  }

  private static boolean isAcronym(String w) {
    return w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static void collectEvidence(String body, Set<String> names, Set<String> lower) {
    Matcher m = WORD.matcher(body);
    while (m.find()) {
      String w = m.group();
      if (!Character.isUpperCase(w.charAt(0))) {
        lower.add(w.toLowerCase(Locale.ROOT));
        continue;
      }
      int i = m.start() - 1;
      while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
        i--;
      }
      boolean sentenceStart = i < 0 || ".!?\n\r\"“‘'—:(".indexOf(body.charAt(i)) >= 0;
      if (!sentenceStart) {
        names.add(w);
      }
    }
  }
}
