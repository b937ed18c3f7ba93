package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsline.model.Field;
import org.newsline.model.Figure;
import org.newsline.model.FigureKind;
import org.newsline.model.Qualifier;

/**
 * Figures from one tagged sentence. Works on CoreNLP's tokens, part-of-speech tags and numeric
 * normalisation ({@code NUMBER}, {@code PERCENT}, {@code MONEY} with values such as {@code ~100.0}
 * or {@code >=700.0}): an amount is a run of tokens with one normalised value; two amounts joined
 * by "to", "or" or a dash are a range; the words before give the qualifier; the noun phrase after
 * is the unit. Dates, years, ordinals, times, phone numbers and numbers inside names are not
 * figures. Stateless and thread-safe.
 */
public final class FigureExtractor {

  private static final Set<String> VAGUE =
      Set.of("hundreds", "thousands", "millions", "billions", "dozens", "tens", "scores");

  private static final Pattern GLUED_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)([a-zA-Z°]+)");
  private static final Map<String, Double> SCALES =
      Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
  private static final Map<String, Double> SMALL_NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1.0),
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0));
  private static final Set<String> PARTITIVE_DETERMINERS =
      Set.of("the", "its", "their", "his", "her", "our", "these", "those");

  /**
   * Tags that, after a singular noun, say the noun phrase goes on past where the tagger ended it
   * ("two million phishing related e-mails"): such a number is kept.
   */
  private static final Set<String> CONTINUING_TAGS = Set.of("JJ", "VBN", "VBZ", "HYPH");

  /**
   * Nouns that count in the singular form ("500 staff", "40 crew"); any other singular noun after a
   * number other than one is not what the number counts ("zero tolerance", "the 2004 election").
   */
  private static final Set<String> COLLECTIVE_NOUNS =
      Set.of(
          "pence",
          "p",
          "personnel",
          "staff",
          "police",
          "crew",
          "aircraft",
          "spacecraft",
          "cattle",
          "livestock",
          "infantry",
          "militia",
          "sheep",
          "fish",
          "deer",
          "offspring",
          "clergy",
          "poultry");

  /** The figures of one sentence; offsets are the tokens' offsets into {@code text}. */
  public List<Figure> extract(List<CoreLabel> tokens, Field field, String text) {
    List<Amount> amounts = RangeJoiner.splitSpannedRanges(tokens, amounts(tokens));
    List<Figure> out = new ArrayList<>();
    List<Amount> starts = new ArrayList<>();
    List<Amount> ends = new ArrayList<>();
    for (int a = 0; a < amounts.size(); a++) {
      Amount low = amounts.get(a);
      Amount high = low;
      if (a + 1 < amounts.size() && RangeJoiner.joinsRange(tokens, low, amounts.get(a + 1))) {
        high = amounts.get(++a);
      }
      Figure f = figure(tokens, low, high, field, text);
      if (f == null) {
        continue;
      }
      if (f.unit() == null && f.kind() == FigureKind.COUNT && elided(tokens, high)) {
        f = withUnitOfPrevious(f, out);
      }
      out.add(f);
      starts.add(low);
      ends.add(high);
    }
    partitives(tokens, out, starts, ends);
    ChangeLevels.shareUnit(tokens, out, starts, ends);
    return Directions.of(tokens, out);
  }

  /**
   * "48 of the 169 seats": a count without a unit followed by "of", a determiner and another count
   * counts the same thing.
   */
  private static void partitives(
      List<CoreLabel> tokens, List<Figure> figures, List<Amount> starts, List<Amount> ends) {
    for (int f = figures.size() - 2; f >= 0; f--) {
      Figure part = figures.get(f);
      Figure whole = figures.get(f + 1);
      if (part.unit() != null
          || part.kind() != FigureKind.COUNT
          || whole.unit() == null
          || whole.kind() != FigureKind.COUNT) {
        continue;
      }
      int k = ends.get(f).last() + 1;
      if (k >= tokens.size() || !tokens.get(k).word().equalsIgnoreCase("of")) {
        continue;
      }
      k++;
      if (k < tokens.size()
          && PARTITIVE_DETERMINERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        k++;
      }
      if (k == starts.get(f + 1).first()) {
        figures.set(f, part.withUnit(whole.unit(), whole.unitNormalized()));
      }
    }
  }

  private static List<Amount> amounts(List<CoreLabel> tokens) {
    List<Amount> amounts = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      CoreLabel t = tokens.get(i);
      if (isUnreadNumber(t)) {
        Amount read = readUnread(tokens, i);
        if (read != null) {
          amounts.add(read);
          i = read.last() + 1;
          continue;
        }
      }
      if (isJoinerWord(t) && i > 0 && RangeJoiner.continuesSpan(tokens, i - 1, i)) {
        i++; // "from 31 to 44": the "to" inside CoreNLP's span belongs to neither end
        continue;
      }
      if (!Units.isNumericNer(t.ner())) {
        Amount glued = gluedUnit(tokens, i);
        Double scaled = glued == null ? ScaleWords.gluedValue(t.word()) : null;
        if (glued != null) {
          amounts.add(glued);
        } else if (scaled != null) {
          // "will exceed 25bn, ...": the tagger left the glued amount untagged
          amounts.add(new Amount(i, i, "NUMBER", Double.toString(scaled)));
        }
        i++;
        continue;
      }
      if ("NUMBER".equals(t.ner()) && gluedPence(t)) {
        amounts.add(
            new Amount(i, i, Amount.GLUED, GLUED_UNIT.matcher(t.word()).replaceFirst("$1")));
        i++;
        continue; // "closing at 873p": CoreNLP reads 873
      }
      String normalized = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      int j = i;
      while (j + 1 < tokens.size()
          && Objects.equals(tokens.get(j + 1).ner(), t.ner())
          && Objects.equals(
              tokens.get(j + 1).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
              normalized)
          && !isJoinerWord(tokens.get(j + 1))) {
        j++;
      }
      if (j > i
          && Exclusions.YEAR.matcher(t.word()).matches()
          && "CD".equals(tokens.get(i + 1).tag())) {
        // "in 2006 two billion people", "in 2004 73%": CoreNLP's normaliser glues a year to the
        // number after it (2.006e12); the year stands alone and the rest is read from its words.
        amounts.add(new Amount(i, i, "NUMBER", t.word() + ".0"));
        List<String> words = new ArrayList<>();
        for (int k = i + 1; k <= j; k++) {
          if ("CD".equals(tokens.get(k).tag())) {
            words.add(tokens.get(k).word());
          }
        }
        Double rest = NumberWords.value(words);
        if (rest != null) {
          amounts.add(new Amount(i + 1, j, t.ner(), Double.toString(rest)));
        }
        i = j + 1;
        continue;
      }
      Amount amount =
          SpacedMetres.of(
              tokens,
              withScaleAfter(tokens, withHalf(tokens, new Amount(i, j, t.ner(), normalized))));
      amounts.add(amount);
      i = amount.last() + 1;
    }
    return amounts;
  }

  /**
   * "jumped 30ft (10m)", "closed at 873p": digits with a unit of measure or pence glued on, which
   * the tokenizer keeps as one word and the tagger reads as no number. A glued "m" before a plural
   * noun is left alone ("10m viewers" may be millions).
   */
  private static Amount gluedUnit(List<CoreLabel> tokens, int i) {
    Matcher m = GLUED_UNIT.matcher(tokens.get(i).word());
    if (!m.matches()) {
      return null;
    }
    String suffix = m.group(2).toLowerCase(Locale.ROOT);
    boolean pence = suffix.equals("p");
    if (!pence && !Units.isMeasureUnit(suffix)) {
      return null;
    }
    if (suffix.equals("m")
        && i + 1 < tokens.size()
        && tokens.get(i + 1).tag() != null
        && tokens.get(i + 1).tag().startsWith("NNS")) {
      return null;
    }
    return new Amount(i, i, Amount.GLUED, m.group(1));
  }

  private static boolean gluedPence(CoreLabel t) {
    Matcher m = GLUED_UNIT.matcher(t.word());
    return m.matches() && m.group(2).equals("p");
  }

  /**
   * "between 200 and 250 million": the normaliser gives "200 and 250" the range 200-2.5E8 and
   * "million" a value of its own; the scale word belongs to the range.
   */
  private static Amount withScaleAfter(List<CoreLabel> tokens, Amount amount) {
    int k = amount.last() + 1;
    if (k >= tokens.size() || !ScaleWords.isScaleWord(tokens.get(k).word())) {
      return amount;
    }
    CoreLabel next = tokens.get(k);
    String own = next.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    if (!amount.ner().equals(next.ner()) || own == null || amount.normalized() == null) {
      return amount;
    }
    Matcher range = AmountValues.NUMBER.matcher(amount.normalized());
    Matcher alone = AmountValues.NUMBER.matcher(own);
    if (range.find() && range.find() && alone.find()) {
      double high = Math.abs(Double.parseDouble(range.group()));
      if (AmountValues.approx(high, Math.abs(Double.parseDouble(alone.group())))) {
        return new Amount(amount.first(), k, amount.ner(), amount.normalized());
      }
    }
    return amount;
  }

  /**
   * Without SUTime, CoreNLP's numeric classifier tags every number of a sentence that holds a
   * duration ("14% four years ago", "80 staff over two years") DURATION with no normalised value:
   * such a number is still an amount, read from its words.
   */
  private static boolean isUnreadNumber(CoreLabel t) {
    return "CD".equals(t.tag())
        && "DURATION".equals(t.ner())
        && t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class) == null;
  }

  /** The run of unread numbers from token {@code i} as a NUMBER amount, or null. */
  private static Amount readUnread(List<CoreLabel> tokens, int i) {
    int j = i;
    while (j + 1 < tokens.size() && isUnreadNumber(tokens.get(j + 1))) {
      j++;
    }
    List<String> words = new ArrayList<>();
    for (int k = i; k <= j; k++) {
      words.add(tokens.get(k).word());
    }
    Double value = NumberWords.value(words);
    return value == null ? null : new Amount(i, j, "NUMBER", Double.toString(value));
  }

  /**
   * "one-and-a-half million", "two and a half years" (N and a half, then an optional scale word)
   * and "half a million", which CoreNLP's normaliser reads as 1,000,000, 2 and 1,000,000: the
   * amount with its half, or the amount unchanged.
   */
  private static Amount withHalf(List<CoreLabel> tokens, Amount amount) {
    int i = amount.first();
    String prefix = qualifierPrefix(amount.normalized());
    Double scale = SCALES.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
    if (scale != null
        && i >= 2
        && Qualifiers.isArticle(tokens.get(i - 1).word())
        && tokens.get(i - 2).word().equalsIgnoreCase("half")) {
      return new Amount(i - 2, i, amount.ner(), prefix + scale / 2); // "half a million"
    }
    // The words from the amount on, hyphenated tokens split: one - and - a-half million
    List<String> words = new ArrayList<>(8);
    List<Integer> tokenOf = new ArrayList<>(8);
    for (int k = i; k < tokens.size() && words.size() < 6; k++) {
      for (String part : tokens.get(k).word().toLowerCase(Locale.ROOT).split("-")) {
        if (!part.isEmpty()) {
          words.add(part);
          tokenOf.add(k);
        }
      }
    }
    if (words.size() < 4
        || !words.get(1).equals("and")
        || !words.get(2).equals("a")
        || !words.get(3).equals("half")
        || tokenOf.get(1) == i) {
      return amount;
    }
    Double whole = SMALL_NUMBERS.get(words.get(0));
    if (whole == null && AmountValues.DIGIT_RUN.matcher(words.get(0)).matches()) {
      whole = Double.parseDouble(words.get(0));
    }
    if (whole == null) {
      return amount;
    }
    int last = tokenOf.get(3);
    double value = whole + 0.5;
    if (words.size() > 4 && SCALES.containsKey(words.get(4)) && tokenOf.get(4) > last) {
      value *= SCALES.get(words.get(4));
      last = tokenOf.get(4);
    }
    if (last + 1 < tokens.size() && tokens.get(last + 1).word().startsWith("-")) {
      return amount; // a half inside a longer hyphenated word
    }
    return new Amount(i, last, amount.ner(), prefix + value);
  }

  /** The qualifier signs CoreNLP puts before a normalised value ("~", ">=", "<"), or "". */
  private static String qualifierPrefix(String normalized) {
    if (normalized == null) {
      return "";
    }
    int k = 0;
    while (k < normalized.length() && "~<>=".indexOf(normalized.charAt(k)) >= 0) {
      k++;
    }
    return normalized.substring(0, k);
  }

  private static boolean isJoinerWord(CoreLabel t) {
    return t.word().equalsIgnoreCase("or") || t.word().equalsIgnoreCase("to");
  }

  private Figure figure(List<CoreLabel> tokens, Amount low, Amount high, Field field, String text) {
    boolean range = low != high;
    CoreLabel firstToken = tokens.get(low.first());
    String word = firstToken.word();
    if (!range && low.first() == low.last() && VAGUE.contains(word.toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (!range
        && low.first() == low.last()
        && ScaleWords.isScaleWord(word)
        && !(low.first() > 0 && Qualifiers.isArticle(tokens.get(low.first() - 1).word()))) {
      return null; // "75 USD million": a scale word on its own is the rest of an amount
    }
    if (Exclusions.isPhoneNumber(tokens, low) || Exclusions.isPhoneNumber(tokens, high)) {
      return null;
    }
    if (Exclusions.nextToMonth(tokens, low.first() - 1)
        || Exclusions.nextToMonth(tokens, high.last() + 1)) {
      return null;
    }
    if (high.last() + 1 < tokens.size()
        && TimeZones.isTimeZone(tokens.get(high.last() + 1).word())) {
      return null; // "1430 GMT": a clock time
    }
    double[] lowValue = AmountValues.values(tokens, low);
    double[] highValue = AmountValues.values(tokens, high);
    if (lowValue == null || highValue == null) {
      return null;
    }
    if (!range && lowValue.length == 2) {
      if (lowValue[0] >= lowValue[1]) {
        return null; // "45-6" is a score, not a range
      }
      range = true; // one token holding a range, "18-19" or "2–3"
    }
    if (range && low != high && lowValue[0] >= highValue[0]) {
      return null; // "from 500 to 400" is a change, not a range; joinsRange keeps it apart
    }
    if (range && low != high) {
      lowValue[0] = AmountValues.sharedScale(tokens, low, lowValue[0], high, highValue[0]);
    }
    boolean minusWord = low.first() > 0 && MINUS_WORDS.contains(lower(tokens.get(low.first() - 1)));
    if (minusWord || startsWithMinus(word)) {
      lowValue[0] = -lowValue[0]; // "minus 40 Fahrenheit", "−12°C"
      if (low == high && lowValue.length == 1) {
        highValue[0] = lowValue[0];
      }
    }
    double lo = Math.min(lowValue[0], highValue[highValue.length - 1]);
    double hi = Math.max(lowValue[0], highValue[highValue.length - 1]);

    // Qualifier: the words before, else CoreNLP's normalised prefix.
    Qualifiers.Found found = Qualifiers.before(tokens, low.first());
    Qualifier qualifier =
        found != null ? found.qualifier() : Qualifiers.ofNormalized(low.normalized());
    int textFirst = found != null ? found.firstToken() : minusWord ? low.first() - 1 : low.first();
    if (found == null
        && low.first() > 0
        && Qualifiers.isArticle(tokens.get(low.first() - 1).word())
        && Character.isLetter(word.charAt(0))) {
      textFirst = low.first() - 1; // "a hundred"
    }
    Qualifiers.After bound = range ? null : Qualifiers.after(tokens, high.last());
    if (bound != null) {
      qualifier = bound.qualifier(); // "about five hundred or more": at least 500
    }
    if (range && qualifier == Qualifier.EXACT) {
      // A range the text qualifies keeps that qualifier ("around 400,000 to 500,000"): low and
      // high say it is a range either way.
      qualifier = Qualifier.RANGE;
    }

    if (Amount.GLUED.equals(low.ner())) {
      if (range) {
        return null;
      }
      String suffix =
          low.last() > low.first()
              ? tokens.get(low.last()).word() // "1.8 m tall": the unit split off by the tokenizer
              : GLUED_UNIT.matcher(word).replaceFirst("$2");
      boolean pence = suffix.equalsIgnoreCase("p");
      double v = AmountValues.tidy(pence ? lowValue[0] / 100 : lowValue[0]);
      int start = tokens.get(textFirst).beginPosition();
      int end = tokens.get(low.last()).endPosition();
      FigureKind gluedKind = pence ? FigureKind.MONEY : FigureKind.MEASURE;
      String gluedUnit = pence ? "GBP" : suffix;
      return new Figure(
          text.substring(start, end),
          field,
          start,
          end,
          gluedKind,
          v,
          v,
          v,
          qualifier,
          gluedUnit,
          NormalUnits.of(gluedKind, gluedUnit, null),
          null);
    }
    FigureKind kind =
        switch (low.ner()) {
          case "PERCENT" -> FigureKind.PERCENT;
          case "MONEY" -> FigureKind.MONEY;
          default -> FigureKind.COUNT;
        };
    int textLast = high.last();
    String unit = null;
    int unitHead = -1; // the token of the unit's head noun, when the unit is a word of the text
    if (kind == FigureKind.PERCENT) {
      unit = "percent";
    } else if (kind == FigureKind.MONEY) {
      unit = currency(tokens, low.first(), high.last());
    } else {
      int compound = bound != null ? -1 : hyphenWord(tokens, high);
      int after =
          bound != null ? bound.lastToken() + 1 : compound >= 0 ? compound + 1 : high.last() + 1;
      if (compound >= 0) {
        textLast = Math.max(textLast, compound);
        CoreLabel w = tokens.get(compound);
        if (w.tag() != null && w.tag().startsWith("NN")) {
          unit = w.word(); // "300-man battalion": 300 men
          unitHead = compound;
        }
      }
      int next = high.last() + 1;
      String percentWord =
          next < tokens.size() ? tokens.get(next).word().toLowerCase(Locale.ROOT) : "";
      String symbolBefore =
          low.first() > 0 ? Units.currency(tokens.get(low.first() - 1).word()) : null;
      if (compound < 0 && (percentWord.equals("%") || percentWord.equals("percent"))) {
        kind = FigureKind.PERCENT; // "80 %" the tagger left a NUMBER
        unit = "percent";
        textLast = next;
      } else if (compound < 0
          && next + 1 < tokens.size()
          && percentWord.equals("per")
          && tokens.get(next + 1).word().equalsIgnoreCase("cent")) {
        kind = FigureKind.PERCENT;
        unit = "percent";
        textLast = next + 1;
      } else if (compound < 0
          && symbolBefore != null
          && Units.currencyMayPrecede(tokens.get(low.first() - 1).word())) {
        kind = FigureKind.MONEY; // "$ 40" the tagger left a NUMBER
        unit = symbolBefore;
        textFirst = Math.min(textFirst, low.first() - 1);
      } else if (compound < 0
          && next + 1 < tokens.size()
          && twoWordCurrency(tokens, next) != null) {
        kind = FigureKind.MONEY; // "10,000 swiss francs", "125 million australian dollars"
        unit = twoWordCurrency(tokens, next);
        textLast = next + 1;
      } else if (compound < 0
          && Units.currency(percentWord) != null
          && !percentWord.equals("pounds")
          && !percentWord.equals("pence")
          && !percentWord.equals("penny")) {
        kind = FigureKind.MONEY; // "3 million rubles"
        unit = Units.currency(percentWord);
        textLast = next;
      }
      if (kind == FigureKind.PERCENT && bound == null && !range) {
        bound = Qualifiers.after(tokens, textLast); // "5% or more": the bound follows the sign
        if (bound != null) {
          qualifier = bound.qualifier();
        }
      }
      if (unit == null) {
        Units.Span np = Units.nounPhrase(tokens, after);
        if (np != null && !startsNewAmount(tokens, np)) {
          unit =
              text.substring(
                  tokens.get(np.first()).beginPosition(), tokens.get(np.last()).endPosition());
          if (!range && compound < 0 && lowValue[0] != 1 && countsNothing(tokens, np, unit)) {
            return null; // "zero tolerance", "the 2004 election": not a count of anything
          }
          if (!range && compound < 0 && Exclusions.isNameAfterDigits(tokens, low, np)) {
            return null; // "10 Downing Street", "Radio 3 World Music Award", "2005 RBS"
          }
          textLast = np.last();
          unitHead = np.last();
        }
      }
      Units.Span bracketed = unit == null ? BracketedUnits.at(tokens, after) : null;
      if (bracketed != null) {
        unit = // "20 (kg)", "400-500 [soldiers]"
            text.substring(
                tokens.get(bracketed.first()).beginPosition(),
                tokens.get(bracketed.last()).endPosition());
        unitHead = bracketed.last();
        textLast = bracketed.last() + 1;
      }
      if (unit != null
          && textLast + 1 < tokens.size()
          && Exclusions.isAgo(tokens.get(textLast + 1))
          && Units.isTimeUnit(lastWord(unit))) {
        return null; // "three weeks ago" is a date; "4.75% earlier this month" is not
      }
      if (unit != null) {
        String[] unitWords = unit.split("[\\s-]+");
        String head = unitWords[unitWords.length - 1];
        if (Units.isTimeUnit(head) || Units.isMeasureUnit(head) || Units.startsWithUnit(unit)) {
          kind = FigureKind.MEASURE;
        }
      }
      if (!range && unit == null && Exclusions.isYear(tokens, low)) {
        return null;
      }
      if (!range
          && (Exclusions.isInsideName(tokens, low, unit) || Exclusions.startsName(tokens, low))) {
        return null;
      }
      boolean ofFollows =
          high.last() + 1 < tokens.size()
              && tokens.get(high.last() + 1).word().equalsIgnoreCase("of");
      if (!range
          && low.first() == low.last()
          && word.equalsIgnoreCase("one")
          && (found == null || ofFollows)
          && !(unitHead >= 0 && OneAsCount.counts(tokens, low.first(), unitHead))) {
        return null; // "one of them", "one day": an article or a pronoun, not a count
      }
    }
    if (bound != null) {
      textLast = Math.max(textLast, bound.lastToken());
    }
    String unitNormalized = NormalUnits.of(kind, unit, unitHead >= 0 ? tokens.get(unitHead) : null);
    if (unit == null && kind == FigureKind.COUNT && Ages.afterAged(tokens, textFirst)) {
      kind = FigureKind.MEASURE; // "aged 44": years of age, no unit written
      unitNormalized = Ages.UNIT;
    }
    int start = tokens.get(textFirst).beginPosition();
    int end = tokens.get(textLast).endPosition();
    lo = AmountValues.tidy(lo);
    hi = AmountValues.tidy(hi);
    return new Figure(
        text.substring(start, end),
        field,
        start,
        end,
        kind,
        lo,
        lo,
        hi,
        qualifier,
        unit,
        unitNormalized,
        null);
  }

  /**
   * "out of 1,500 soldiers, no more than 1,000 are left": an amount followed by a verb or a clause
   * break counts what the sentence's previous amount counted.
   */
  private static boolean elided(List<CoreLabel> tokens, Amount amount) {
    int k = amount.last() + 1;
    if (k >= tokens.size()) {
      return true;
    }
    String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
    return tag.startsWith("VB")
        || tag.equals("MD")
        || tag.equals(",")
        || tag.equals(".")
        || tag.equals("WP"); // "a list of 21 who now face asset freezes"
  }

  private static Figure withUnitOfPrevious(Figure f, List<Figure> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Figure p = before.get(i);
      if (p.kind() == FigureKind.COUNT && p.unit() != null) {
        return f.withUnit(p.unit(), p.unitNormalized());
      }
    }
    return f;
  }

  /**
   * The noun phrase ends in a common noun in the singular that is neither a unit of measure nor a
   * collective noun, and nothing after it continues the phrase ("two million phishing related
   * e-mails" is cut short by the tagger, not a count of phishing).
   */
  private static boolean countsNothing(List<CoreLabel> tokens, Units.Span np, String unit) {
    CoreLabel noun = tokens.get(np.last());
    String w = noun.word().toLowerCase(Locale.ROOT);
    String[] unitWords = unit.split("[\\s-]+");
    String head = unitWords[unitWords.length - 1];
    if (!"NN".equals(noun.tag())
        || COLLECTIVE_NOUNS.contains(w)
        || Units.isTimeUnit(head)
        || Units.isMeasureUnit(head)
        || Units.startsWithUnit(unit)) {
      return false;
    }
    if (np.last() + 1 < tokens.size()) {
      String tag = tokens.get(np.last() + 1).tag();
      return tag == null || !(tag.startsWith("NN") || CONTINUING_TAGS.contains(tag));
    }
    return true;
  }

  private static boolean startsNewAmount(List<CoreLabel> tokens, Units.Span np) {
    return Units.isNumericNer(tokens.get(np.first()).ner());
  }

  /** Index of the word after a hyphen directly following the amount ("300-man"), or -1. */
  private static int hyphenWord(List<CoreLabel> tokens, Amount amount) {
    for (int i = amount.first(); i < amount.last(); i++) {
      if (AmountValues.isHyphen(tokens.get(i)) && i + 1 <= amount.last()) {
        CoreLabel next = tokens.get(i + 1);
        if (next.word().equalsIgnoreCase("and")
            || "CD".equals(next.tag())
            || Character.isDigit(next.word().charAt(0))) {
          break; // "one-and-a-half million", "Forty-three": one number, not a compound
        }
        return i + 1;
      }
    }
    int h = amount.last() + 1;
    if (h + 1 < tokens.size()
        && AmountValues.isHyphen(tokens.get(h))
        && tokens.get(h).beginPosition() == tokens.get(amount.last()).endPosition()
        && Character.isLetter(tokens.get(h + 1).word().charAt(0))) {
      return h + 1;
    }
    return -1;
  }

  private static String lastWord(String unit) {
    String[] words = unit.split("[\\s-]+");
    return words[words.length - 1];
  }

  private static final Set<String> MINUS_WORDS = Set.of("minus", "negative");

  private static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  /** "-5", "−12": a minus sign glued to the digits. */
  private static boolean startsWithMinus(String word) {
    return word.length() > 1
        && (word.charAt(0) == '-' || word.charAt(0) == '−')
        && Character.isDigit(word.charAt(1));
  }

  private static String twoWordCurrency(List<CoreLabel> tokens, int i) {
    return Units.currency(tokens.get(i).word(), tokens.get(i + 1).word());
  }

  private static String currency(List<CoreLabel> tokens, int first, int last) {
    if (first > 0 && tokens.get(first - 1).endPosition() == tokens.get(first).beginPosition()) {
      String split = Units.currency(tokens.get(first - 1).word(), tokens.get(first).word());
      if (split != null) {
        return split; // "Mex$ 10 million", "HK$5bn" split by the tokenizer ("a $2bn" is USD)
      }
    }
    if (last + 2 < tokens.size()) {
      String named = Units.currency(tokens.get(last + 1).word(), tokens.get(last + 2).word());
      if (named != null) {
        return named; // "420 million finnish markka"
      }
    }
    for (int i = Math.max(0, first - 1); i <= Math.min(tokens.size() - 1, last + 1); i++) {
      String code = Units.currency(tokens.get(i).word());
      if (code != null) {
        return code;
      }
    }
    return null;
  }
}
