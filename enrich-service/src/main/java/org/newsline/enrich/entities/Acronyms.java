package org.newsline.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;

/**
 * Acronyms and the names they abbreviate: "EU" is written with the initials of "European Union",
 * "FBI" with those of "Federal Bureau of Investigation" (the joining "of" left out), "OECD" with
 * those of "Organisation for Economic Co-operation and Development" (a hyphen's second part may be
 * left out too).
 */
final class Acronyms {

  /** Lower-case words an acronym may leave out. */
  private static final Set<String> SKIPPED =
      ResourceLines.words(Acronyms.class, "acronym-skipped-words.txt");

  private static final int MAX_LETTERS = 8;

  private Acronyms() {}

  /** Two to eight capital letters, dots between them allowed: "EU", "U.N.", "NATO"; not "G7". */
  static boolean isAcronym(String text) {
    String bare = text.replace(".", "");
    if (bare.length() < 2 || bare.length() > MAX_LETTERS) {
      return false;
    }
    return bare.chars().allMatch(c -> Character.isUpperCase(c) && Character.isLetter(c));
  }

  /**
   * Whether {@code acronym} is written with the initials of every word of {@code name} (words it
   * may leave out aside), and {@code name} has at least two words it cannot leave out.
   */
  static boolean spells(String acronym, String name) {
    List<Word> words = words(name);
    if (words.stream().filter(w -> !w.optional()).count() < 2) {
      return false;
    }
    return matches(letters(acronym), 0, words, 0);
  }

  /**
   * Whether {@code acronym} may abbreviate {@code name} as an article writes the pair side by side
   * ("the Revolutionary United Front (RUF)"): its letters are initials of words of {@code name} in
   * order, the first one that of the name's first word it cannot leave out.
   */
  static boolean mayAbbreviate(String acronym, String name) {
    String letters = letters(acronym);
    List<Word> words = words(name);
    if (words.stream().filter(w -> !w.optional()).count() < 2) {
      return false;
    }
    Word first = words.stream().filter(w -> !w.optional()).findFirst().orElseThrow();
    if (first.initial() != letters.charAt(0)) {
      return false;
    }
    int i = 0;
    for (Word w : words) {
      if (i < letters.length() && w.initial() == letters.charAt(i)) {
        i++;
      }
    }
    return i == letters.length();
  }

  private static boolean matches(String letters, int i, List<Word> words, int j) {
    if (j == words.size()) {
      return i == letters.length();
    }
    Word w = words.get(j);
    if (w.optional() && matches(letters, i, words, j + 1)) {
      return true;
    }
    return i < letters.length()
        && w.initial() == letters.charAt(i)
        && matches(letters, i + 1, words, j + 1);
  }

  /** One word of a name: its initial in upper case, and whether an acronym may leave it out. */
  private record Word(char initial, boolean optional) {}

  private static List<Word> words(String name) {
    List<Word> words = new ArrayList<>();
    for (String spaced : name.trim().split("\\s+")) {
      String[] parts = spaced.split("-");
      for (int k = 0; k < parts.length; k++) {
        String part = parts[k];
        if (part.isEmpty() || !Character.isLetter(part.charAt(0))) {
          continue;
        }
        boolean optional = k > 0 || SKIPPED.contains(part.toLowerCase(Locale.ROOT));
        words.add(new Word(Character.toUpperCase(part.charAt(0)), optional));
      }
    }
    return words;
  }

  private static String letters(String acronym) {
    return acronym.replace(".", "").toUpperCase(Locale.ROOT);
  }
}
