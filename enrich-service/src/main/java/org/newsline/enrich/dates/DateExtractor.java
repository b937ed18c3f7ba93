package org.newsline.enrich.dates;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsline.model.DateMention;
import org.newsline.model.Field;

/**
 * Dates by SUTime, run only on sentences that can hold one (SUTime is most of the cost of CoreNLP's
 * default NER). Values are TIMEX3: {@code 2025-04-18}, {@code 2024-12}, {@code 2025-W16}; without a
 * document date, year-less dates stay {@code XXXX-04-18}. With one, a date without a year or week
 * ("on Monday", "April 18") falls before or after publication by the tense of its clause ({@link
 * YearlessDates}). Durations, times of day and vague references ("now", "recently") are not dates
 * here.
 */
public final class DateExtractor {

  /** Words that name a day or month, or anchor a relative date; other date words must be tagged. */
  private static final Set<String> DATE_WORDS =
      CalendarWords.union(
          Stream.concat(CalendarWords.MONTHS.stream(), CalendarWords.WEEKDAYS.stream()),
          Stream.of("today", "yesterday", "tomorrow", "tonight", "ago"));

  private static final Pattern DIGITS_DATE =
      Pattern.compile(
          "(1[0-9]|20)\\d\\d|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{4}s|'\\d\\d|\\d\\ds");

  private static final Pattern DATE_VALUE =
      Pattern.compile(
          "(\\d{4}|XXXX)(-(\\d\\d|W\\d\\d|Q\\d|SP|SU|FA|WI|H\\d)(-\\d\\d)?)?|\\d{3}X|\\d\\dXX");

  private static final Pattern DATE_TIME_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT.*");

  private final TimeExpressionExtractor sutime;

  public DateExtractor() {
    Properties props = new Properties();
    props.setProperty("sutime.includeRange", "true");
    props.setProperty("sutime.markTimeRanges", "false");
    // The holiday binder needs a JAXB runtime CoreNLP does not bring; named holidays are rare in
    // news.
    props.setProperty("sutime.binders", "0");
    this.sutime = TimeExpressionExtractorFactory.createExtractor("sutime", props);
  }

  private static final Set<String> VAGUE_DETERMINERS =
      Set.of("the", "a", "that", "same", "past", "whole", "entire");

  /** "the year", "the same week": no particular date. */
  private static boolean isVague(List<CoreLabel> tokens) {
    if (tokens.size() < 2) {
      return false;
    }
    for (int i = 0; i < tokens.size() - 1; i++) {
      if (!VAGUE_DETERMINERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return Set.of("year", "week", "month", "day", "decade")
        .contains(tokens.get(tokens.size() - 1).word().toLowerCase(Locale.ROOT));
  }

  /** "prices may fall", "fall" as a verb: not a month or a season. */
  private static boolean hasVerbReading(List<CoreLabel> tokens) {
    boolean allVerbs = true;
    for (CoreLabel t : tokens) {
      if ("MD".equals(t.tag())) {
        return true;
      }
      allVerbs &= isVerb(t);
    }
    return allVerbs;
  }

  private static boolean isVerb(CoreLabel t) {
    String tag = t.tag();
    return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
  }

  /**
   * "mid-December 2024", "mid-August": one token SUTime does not read; the month, with the year
   * that follows or else the publication year.
   */
  private static void addMidMonths(
      List<CoreLabel> tokens, Field field, String text, String docDate, List<DateMention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      Matcher m = MID_MONTH.matcher(tokens.get(i).word());
      if (!m.matches()) {
        continue;
      }
      int start = tokens.get(i).beginPosition();
      if (out.stream().anyMatch(d -> d.start() <= start && start < d.end())) {
        continue;
      }
      int month = MONTH_NUMBERS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
      int end = tokens.get(i).endPosition();
      String value;
      if (i + 1 < tokens.size() && YEAR_TOKEN.matcher(tokens.get(i + 1).word()).matches()) {
        value = tokens.get(i + 1).word() + "-" + String.format(Locale.ROOT, "%02d", month);
        end = tokens.get(i + 1).endPosition();
        out.removeIf(d -> d.start() >= start && d.value().length() == 4);
      } else if (docDate == null) {
        value = "XXXX-" + String.format(Locale.ROOT, "%02d", month);
      } else {
        YearMonth inPublicationYear =
            YearMonth.of(Integer.parseInt(docDate.substring(0, 4)), month);
        value = YearlessDates.anchorMonth(inPublicationYear, tokens, i, field, docDate);
      }
      out.add(new DateMention(text.substring(start, end), field, start, end, value));
    }
    out.sort(java.util.Comparator.comparingInt(DateMention::start));
  }

  private static final Pattern MID_MONTH =
      Pattern.compile(
          "(?i)mid-(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?");
  private static final Pattern YEAR_TOKEN = Pattern.compile("(1[6-9]|20)\\d\\d");
  private static final List<String> MONTH_NUMBERS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /**
   * The date relative and year-less dates are resolved against: the publication's UTC calendar day
   * ({@code 2025-04-20}), or null when the article has no publication time.
   */
  public static String documentDate(java.time.Instant publishedAt) {
    return publishedAt == null
        ? null
        : java.time.LocalDate.ofInstant(publishedAt, java.time.ZoneOffset.UTC).toString();
  }

  /** True when a sentence has a token that can be part of a date; cheap, on tokens only. */
  public static boolean mayHoldDate(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (isTrigger(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVE =
      Set.of("last", "next", "this", "previous", "coming", "past", "same", "early", "late");
  private static final Set<String> PERIODS =
      Set.of(
          "week",
          "weekend",
          "month",
          "year",
          "decade",
          "century",
          "quarter",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "morning",
          "evening",
          "night",
          "afternoon");

  /** A date word, or a period after "last", "next", "this" ("last week", "this spring"). */
  private static boolean isTrigger(List<CoreLabel> tokens, int i) {
    if (isTrigger(tokens.get(i))) {
      return true;
    }
    return i > 0
        && PERIODS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
        && RELATIVE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
  }

  private static boolean isTrigger(CoreLabel t) {
    if ("DATE".equals(t.ner())) {
      return true;
    }
    String w = t.word();
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return DATE_WORDS.contains(lower)
        || lower.startsWith("mid-")
        || (!w.isEmpty() && Character.isDigit(w.charAt(0)) && DIGITS_DATE.matcher(w).matches());
  }

  /** Tokens either side of a trigger word that SUTime gets to see ("the night of April 18"). */
  private static final int WINDOW = 4;

  /**
   * The stretches of a sentence around date words, overlapping stretches merged. SUTime's cost
   * grows faster than the length of what it reads, so it reads these instead of whole sentences.
   */
  static List<int[]> windows(List<CoreLabel> tokens) {
    List<int[]> windows = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!isTrigger(tokens, i) || isBareYear(tokens, i) || isModal(tokens.get(i))) {
        continue;
      }
      int from = Math.max(0, i - WINDOW);
      int to = Math.min(tokens.size(), i + WINDOW + 1);
      if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
        windows.get(windows.size() - 1)[1] = to;
      } else {
        windows.add(new int[] {from, to});
      }
    }
    return windows;
  }

  /**
   * "prices may fall": the modal verb, not the month. SUTime would drop it anyway; skipping its
   * window saved a fifth of the date extraction time on corpus articles, with the same dates found.
   */
  private static boolean isModal(CoreLabel t) {
    return "MD".equals(t.tag());
  }

  /** "in 2004": a year on its own, read without SUTime. */
  static boolean isBareYear(List<CoreLabel> tokens, int i) {
    if (!"DATE".equals(tokens.get(i).ner())
        || !YEAR_TOKEN.matcher(tokens.get(i).word()).matches()) {
      return false;
    }
    for (int k = Math.max(0, i - 2); k <= Math.min(tokens.size() - 1, i + 2); k++) {
      if (k != i && isTrigger(tokens, k)) {
        return false;
      }
    }
    String before = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
    return Set.of("in", "since", "of", "by", "until", "from", "before", "after", "during", "to")
        .contains(before);
  }

  private static CoreMap piece(List<CoreLabel> tokens, int from, int to, String text) {
    List<CoreLabel> sub = new ArrayList<>(tokens.subList(from, to));
    CoreMap s = new ArrayCoreMap();
    int begin = sub.get(0).beginPosition();
    int end = sub.get(sub.size() - 1).endPosition();
    s.set(CoreAnnotations.TokensAnnotation.class, sub);
    s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    return s;
  }

  /**
   * SUTime's own output for one sentence: its time expressions in the stretches around date words,
   * unfiltered. This is all of the engine's work in date extraction; {@link #extract} adds only the
   * choice of what counts as a date. Public so benchmarks can run CoreNLP's part alone.
   *
   * @param sentence a tagged sentence whose token offsets are offsets into {@code text}
   * @param docDate the article's publication date ({@code 2025-04-20}) or null
   */
  public List<CoreMap> timeExpressions(CoreMap sentence, String text, String docDate) {
    List<CoreLabel> sentenceTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> found = new ArrayList<>();
    for (int[] w : windows(sentenceTokens)) {
      try {
        found.addAll(
            sutime.extractTimeExpressionCoreMaps(piece(sentenceTokens, w[0], w[1], text), docDate));
      } catch (RuntimeException e) {
        // SUTime fails on some odd token sequences; a date less is not worth an error
      }
    }
    return found;
  }

  /**
   * The dates of one sentence.
   *
   * @param sentence a tagged sentence whose token offsets are offsets into {@code text}
   * @param docDate the article's publication date ({@code 2025-04-20}) or null
   */
  public List<DateMention> extract(CoreMap sentence, Field field, String text, String docDate) {
    List<DateMention> out = new ArrayList<>();
    List<CoreLabel> sentenceTokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreMap timex : timeExpressions(sentence, text, docDate)) {
      Timex t = timex.get(TimeAnnotations.TimexAnnotation.class);
      if (t == null || t.value() == null) {
        continue;
      }
      String value = t.value();
      if ("TIME".equals(t.timexType()) && DATE_TIME_VALUE.matcher(value).matches()) {
        value = value.substring(0, 10); // "the night of April 18": 2025-04-18TNI
      } else if (!"DATE".equals(t.timexType())) {
        continue;
      }
      if (!DATE_VALUE.matcher(value).matches()) {
        continue;
      }
      List<CoreLabel> tokens = timex.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens != null && (hasVerbReading(tokens) || isVague(tokens))) {
        continue; // "prices will fall", "it may rain": not a season or a month
      }
      if (YearlessDates.isInName(tokens, sentenceTokens)) {
        continue; // "the Sunday Telegraph"
      }
      value = YearlessDates.anchor(value, tokens, sentenceTokens, field, docDate);
      int start;
      int end;
      if (tokens != null && !tokens.isEmpty()) {
        start = tokens.get(0).beginPosition();
        end = tokens.get(tokens.size() - 1).endPosition();
      } else {
        start = timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        end = timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      }
      out.add(new DateMention(text.substring(start, end), field, start, end, value));
    }
    for (int i = 0; i < sentenceTokens.size(); i++) {
      if (isBareYear(sentenceTokens, i)) {
        CoreLabel t = sentenceTokens.get(i);
        out.add(
            new DateMention(
                text.substring(t.beginPosition(), t.endPosition()),
                field,
                t.beginPosition(),
                t.endPosition(),
                t.word()));
      }
    }
    addMidMonths(sentenceTokens, field, text, docDate, out);
    return out;
  }
}
