package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsline.enrich.resources.ResourceLines;

/** The counted noun phrase after an amount, currencies, and units of measure. */
final class Units {

  /** Words between number and noun that are not part of what is counted ("100 such soldiers"). */
  private static final Set<String> SKIPPED = Set.of("such", "more", "other", "additional", "extra");

  /** Nouns that stand for something named elsewhere ("two others"). */
  private static final Set<String> PRONOUN_NOUNS = Set.of("others", "ones", "times", "more");

  private static final Map<String, String> CURRENCY_FORMS = new HashMap<>();
  private static final Set<String> CURRENCY_PREFIXES = new HashSet<>();

  static {
    for (String line : ResourceLines.of(Units.class, "currencies.tsv")) {
      String[] cols = line.split("\t");
      for (String form : cols[1].split(",")) {
        if (cols[0].equals("PREFIXES")) {
          CURRENCY_PREFIXES.add(form.trim());
        } else {
          CURRENCY_FORMS.put(form.trim(), cols[0]);
        }
      }
    }
  }

  private Units() {}

  /** A unit span: tokens {@code [first, last]} and whether the text continues past it. */
  record Span(int textFirst, int first, int last) {}

  /**
   * The counted noun phrase starting at token {@code from}: optional skipped words, then adjectives
   * and nouns up to the last noun. Null when there is none.
   */
  static Span nounPhrase(List<CoreLabel> tokens, int from) {
    int i = from;
    int textFirst = from;
    while (i < tokens.size() && SKIPPED.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    int first = i;
    Span measure = unitSpan(tokens, textFirst, first);
    if (measure != null) {
      return measure;
    }
    int lastNoun = -1;
    int lastPlural = -1;
    for (int k = 0; i < tokens.size() && k < 5; i++, k++) {
      CoreLabel t = tokens.get(i);
      String tag = t.tag();
      if (tag == null) {
        break;
      }
      if (tag.startsWith("NN")) {
        if (isNumericNer(t.ner())) {
          break;
        }
        lastNoun = i;
        if (tag.equals("NNS") || tag.equals("NNPS")) {
          lastPlural = i;
        }
      } else if (tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("HYPH")) {
        if (lastNoun >= 0 && !tag.equals("HYPH")) {
          break; // "soldiers wounded" is not a unit; adjectives come before the noun
        }
      } else {
        break;
      }
    }
    if (lastNoun < 0
        || (lastNoun == first
            && PRONOUN_NOUNS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    // The counted noun is the last plural one: "sports utility vehicles", but "soldiers" in the
    // headline "soldiers attempt mass escape".
    return new Span(textFirst, first, lastPlural >= 0 ? lastPlural : lastNoun);
  }

  /**
   * A unit of measure or time right after the amount ends the phrase: what follows is what is
   * measured ("a 1.5 million gallon aquarium", "325 kilometer northwest", "a 20 minute drive"). A
   * degree takes its scale with it ("30 degrees celsius", "20 degrees f"). Null when the token is
   * no unit.
   */
  private static Span unitSpan(List<CoreLabel> tokens, int textFirst, int at) {
    if (at >= tokens.size()) {
      return null;
    }
    CoreLabel t = tokens.get(at);
    UnitCatalogue.Unit unit = UnitCatalogue.of(t.word());
    if (unit == null || unit.isScaleLetter() || isNumericNer(t.ner())) {
      return null;
    }
    if (unit.isDegree() && at + 1 < tokens.size()) {
      UnitCatalogue.Unit scale = UnitCatalogue.of(tokens.get(at + 1).word());
      if (scale != null && (scale.isScaleLetter() || scale.isTemperature())) {
        return new Span(textFirst, at, at + 1);
      }
    }
    return new Span(textFirst, at, at);
  }

  static boolean isNumericNer(String ner) {
    return "NUMBER".equals(ner) || "MONEY".equals(ner) || "PERCENT".equals(ner);
  }

  static boolean isTimeUnit(String word) {
    UnitCatalogue.Unit unit = UnitCatalogue.of(word);
    return unit != null && unit.isTime();
  }

  static boolean isMeasureUnit(String word) {
    UnitCatalogue.Unit unit = UnitCatalogue.of(word);
    return unit != null && !unit.isTime() && !unit.isScaleLetter();
  }

  /** "degrees f", "deg c": a unit phrase led by a unit of measure. */
  static boolean startsWithUnit(String unit) {
    return isMeasureUnit(unit.split("[\\s-]+")[0]);
  }

  /** The ISO currency code named by a token, or null ({@code currencies.tsv}). */
  static String currency(String word) {
    return CURRENCY_FORMS.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The code named by two tokens: a two-word form ("australian dollars", "us dollar") or a prefix
   * and symbol the tokenizer split ("c" "$", "Mex" "$"); null for none.
   */
  static String currency(String first, String second) {
    String a = first.toLowerCase(Locale.ROOT);
    String b = second.toLowerCase(Locale.ROOT);
    String spaced = CURRENCY_FORMS.get(a + " " + b);
    if (spaced != null) {
      return spaced;
    }
    return b.equals("$") && Character.isLetter(a.charAt(0)) ? CURRENCY_FORMS.get(a + b) : null;
  }

  /**
   * Whether a currency word may stand before the number: a symbol or a form holding one ("$",
   * "c$"), an ISO code in capitals ("USD 200") or a listed prefix ("Rs 2,000").
   */
  static boolean currencyMayPrecede(String word) {
    if (currency(word) == null) {
      return false;
    }
    boolean symbol = word.chars().anyMatch(c -> !Character.isLetter(c));
    boolean isoCode = word.length() == 3 && word.equals(word.toUpperCase(Locale.ROOT));
    return symbol || isoCode || CURRENCY_PREFIXES.contains(word.toLowerCase(Locale.ROOT));
  }
}
