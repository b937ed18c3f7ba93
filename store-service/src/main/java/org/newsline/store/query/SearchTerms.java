package org.newsline.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and quoted phrases of a {@code q} parameter: {@code harbour "storm surge" Rotterdam} is
 * two words and one phrase, every one of which an article must contain (in its title or body, in
 * any case). Anything but letters, digits, apostrophes and hyphens separates words; an unclosed
 * quote runs to the end.
 *
 * @param words single words
 * @param phrases quoted phrases of two or more words, each as its words
 */
record SearchTerms(List<String> words, List<List<String>> phrases) {

  /** Most words and phrases in one {@code q}. */
  static final int MAX_TERMS = 10;

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*");

  SearchTerms {
    words = List.copyOf(words);
    phrases = phrases.stream().map(List::copyOf).toList();
  }

  /** Parses {@code q}; throws a bad parameter for no term or too many. */
  static SearchTerms parse(String q) {
    List<String> words = new ArrayList<>();
    List<List<String>> phrases = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(q);
    StringBuilder rest = new StringBuilder();
    int at = 0;
    while (quoted.find()) {
      rest.append(q, at, quoted.start()).append(' ');
      List<String> phrase = words(quoted.group(1));
      if (phrase.size() == 1) {
        words.add(phrase.get(0));
      } else if (phrase.size() > 1) {
        phrases.add(phrase);
      }
      at = quoted.end();
    }
    rest.append(q.substring(at));
    words.addAll(words(rest.toString()));
    if (words.isEmpty() && phrases.isEmpty()) {
      throw new BadParameterException(
          "q", "Parameter 'q' must hold at least one word (letters or digits).");
    }
    if (words.size() + phrases.size() > MAX_TERMS) {
      throw new BadParameterException(
          "q", "Parameter 'q' may hold at most " + MAX_TERMS + " words and quoted phrases.");
    }
    return new SearchTerms(words.stream().distinct().toList(), phrases);
  }

  private static List<String> words(String text) {
    List<String> found = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      found.add(word.group());
    }
    return found;
  }

  /** The terms as MongoDB's {@code $text} {@code $search} string: phrases quoted, all required. */
  String textSearch() {
    // $text ORs plain words; as phrases every term is required (AND), which is what q means.
    StringBuilder search = new StringBuilder();
    for (String word : words) {
      search.append('"').append(word).append("\" ");
    }
    for (List<String> phrase : phrases) {
      search.append('"').append(String.join(" ", phrase)).append("\" ");
    }
    return search.toString().trim();
  }
}
