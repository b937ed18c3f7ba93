package org.newsline.enrich.figures;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value stage: what an amount's tokens and CoreNLP's normalised value say it is worth, with the
 * scale written in the amount ("$10-25m") and a range's shared scale ("two to three million").
 * Stateless; works on tagged tokens.
 */
final class AmountValues {

  /** A number inside a normalised value ("~%10.0", "$2.5E9", "18.0 - 19.0"). */
  static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

  static final Pattern DIGIT_RUN = Pattern.compile("\\d+");
  private static final Pattern WRITTEN_DIGITS = Pattern.compile("\\d+(\\.\\d+)?");

  private AmountValues() {}

  /**
   * "$1.3 to $1.5bn", "two to three million": the low end takes the high end's scale word when it
   * has none of its own.
   */
  static double sharedScale(
      List<CoreLabel> tokens, Amount low, double lowValue, Amount high, double highValue) {
    double highDigits = writtenNumber(tokens, high);
    double lowDigits = writtenNumber(tokens, low);
    if (highDigits <= 0 || lowDigits <= 0 || lowValue != lowDigits || lowDigits >= highDigits) {
      return lowValue; // "900,000 to 1.2 million": the low end has its own scale
    }
    double scale = highValue / highDigits;
    return scale >= 1000 ? lowValue * scale : lowValue;
  }

  /**
   * The first number written in the amount without its scale ("1.5" of "$1.5bn", 3 of "three
   * million"), or -1.
   */
  private static double writtenNumber(List<CoreLabel> tokens, Amount amount) {
    List<String> words = new ArrayList<>();
    for (int i = amount.first(); i <= amount.last(); i++) {
      String w = tokens.get(i).word();
      Matcher m = WRITTEN_DIGITS.matcher(w.replace(",", ""));
      if (m.find()) {
        return Double.parseDouble(m.group());
      }
      if (ScaleWords.isScaleWord(w)) {
        break;
      }
      if ("CD".equals(tokens.get(i).tag())) {
        words.add(w);
      }
    }
    Double value = words.isEmpty() ? null : NumberWords.value(words);
    return value == null ? -1 : value;
  }

  /** 8300000.000000001 (from "8.3m" in floating point) is 8300000. */
  static double tidy(double v) {
    double r = Math.rint(v);
    if (Math.abs(v - r) <= 1e-9 * Math.max(1.0, Math.abs(v))) {
      return r;
    }
    // 2.1550000000000002 (from "215.5 pence" as pounds) is 2.155: 12 significant digits
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }

  static boolean isHyphen(CoreLabel t) {
    return "HYPH".equals(t.tag()) || t.word().equals("-");
  }

  /**
   * The amount's value from the normaliser ({@code ~%10.0}, {@code $2.5E9}, {@code 18.0 - 19.0});
   * two values for a range inside one token; null when there is no number, or when an amount
   * without a normalised value holds several numbers that cannot be read as one number or two
   * joined by a hyphen.
   */
  static double[] values(List<CoreLabel> tokens, Amount amount) {
    String normalized = amount.normalized();
    if (normalized == null) {
      double[] read = readWords(tokens, amount);
      if (read != null) {
        return read;
      }
      if (numbersIn(tokens, amount) > 1) {
        return null; // "won 6-3 7-6": several numbers no reading joins are no one amount (scores)
      }
      String w = tokens.get(amount.first()).word().replace(",", "");
      Matcher m = DIGIT_RUN.matcher(w);
      return m.find() ? new double[] {Double.parseDouble(w.substring(m.start(), m.end()))} : null;
    }
    Matcher m = NUMBER.matcher(normalized);
    List<Double> found = new ArrayList<>();
    while (m.find() && found.size() < 2) {
      try {
        found.add(Math.abs(Double.parseDouble(m.group())));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    double[] v =
        found.size() == 1 ? new double[] {found.get(0)} : new double[] {found.get(0), found.get(1)};
    return Amount.GLUED.equals(amount.ner()) ? v : withWrittenScale(tokens, amount, v);
  }

  /** How many of the amount's tokens are numbers ("47-year-old": one; "6-3 7-6": four). */
  private static int numbersIn(List<CoreLabel> tokens, Amount amount) {
    int n = 0;
    for (int i = amount.first(); i <= amount.last(); i++) {
      if ("CD".equals(tokens.get(i).tag()) || DIGIT_RUN.matcher(tokens.get(i).word()).lookingAt()) {
        n++;
      }
    }
    return n;
  }

  /**
   * An amount the normaliser left without a value ("some 1.5-2km"), read from its words: one
   * number, or two joined by a hyphen; null when the words are not that.
   */
  private static double[] readWords(List<CoreLabel> tokens, Amount amount) {
    List<List<String>> parts = new ArrayList<>();
    parts.add(new ArrayList<>());
    for (int i = amount.first(); i <= amount.last(); i++) {
      CoreLabel t = tokens.get(i);
      if (isHyphen(t) || t.word().equals("–")) {
        parts.add(new ArrayList<>());
      } else {
        parts.get(parts.size() - 1).add(t.word());
      }
    }
    if (parts.size() > 2) {
      return null;
    }
    double[] out = new double[parts.size()];
    for (int k = 0; k < parts.size(); k++) {
      Double v = parts.get(k).isEmpty() ? null : NumberWords.value(parts.get(k));
      if (v == null) {
        return null;
      }
      out[k] = v;
    }
    return out;
  }

  /**
   * "$10-25m", "40k", "1.2 trn yen": the normaliser read the digits without the scale written in
   * the amount. A value equal to the last number written takes that scale; the low end of a range
   * takes it too when it is written smaller than the high end ("3-5m", "200 and 250 million").
   */
  private static double[] withWrittenScale(List<CoreLabel> tokens, Amount amount, double[] v) {
    double scale = 1;
    List<Double> written = new ArrayList<>();
    for (int i = amount.first(); i <= amount.last(); i++) {
      String w = tokens.get(i).word();
      double f = ScaleWords.factor(w);
      if (f > 1) {
        scale = f;
      }
      Matcher m = WRITTEN_DIGITS.matcher(w.replace(",", ""));
      while (m.find()) {
        written.add(Double.parseDouble(m.group()));
      }
    }
    if (scale == 1 || written.isEmpty()) {
      return v;
    }
    double first = written.get(0);
    double last = written.get(written.size() - 1);
    double[] out = v.clone();
    int h = out.length - 1;
    if (approx(out[h], last)) {
      out[h] = last * scale;
    }
    if (h == 1 && approx(out[0], first) && first < last && approx(out[1], last * scale)) {
      out[0] = first * scale;
    }
    return out;
  }

  static boolean approx(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.abs(b));
  }
}
