package org.newsline.ingest.cleaning;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Appeals to readers for money or subscriptions. A short paragraph (at most {@value #MAX_LENGTH}
 * characters, quoting no one) is an appeal when it asks for a donation, a contribution, support or
 * a subscription, addresses the reader ("you", "please") and speaks for the outlet ("we", "our",
 * "us"). Neighbouring short paragraphs that talk about the outlet's funding or survival in the same
 * voice belong to the same appeal and are removed with it. News about donations ("the firm
 * donated...") does not address the reader and is kept.
 */
final class DonationAppeals implements ChromeRule {

  static final int MAX_LENGTH = 700;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern ASK =
      Pattern.compile(
          "\\b(?:donat\\w*|recurring (?:gift|payment|contribution)|make a (?:contribution|gift)"
              + "|contribute|support (?:us|our (?:work|journalism|reporting|newsroom))"
              + "|become an? (?:member|supporter|subscriber|patron)|subscribe (?:to|today|now)"
              + "|chip in|patreon|our lifeline|be our lifeline)\\b",
          FLAGS);

  /** The reader addressed (case-insensitive). */
  private static final Pattern READER = Pattern.compile("\\b(?:you|your|please)\\b", FLAGS);

  /** The outlet speaking ("US" the country does not count). */
  private static final Pattern OUTLET =
      Pattern.compile("\\b(?:[Ww]e|[Ww]e[’']re|[Ww]e[’']ve|[Oo]ur|us)\\b");

  private static final Pattern FUNDING =
      Pattern.compile(
          "\\b(?:fund(?:ing|ed|s)?|revenue|surviv(?:e|al)|independent (?:journalism|media|reporting)"
              + "|press freedom|readers|paywall|advertis\\w*|free for everyone|lifeline)\\b",
          FLAGS);

  @Override
  public void apply(Page page, String title, String cleanTitle) {
    List<List<Integer>> paragraphs = page.liveParagraphs();
    boolean[] appeal = new boolean[paragraphs.size()];
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = text(page, paragraphs.get(p));
      appeal[p] = candidate(text) && READER.matcher(text).find() && ASK.matcher(text).find();
    }
    boolean grown = true;
    while (grown) {
      grown = false;
      for (int p = 0; p < paragraphs.size(); p++) {
        if (appeal[p]) {
          continue;
        }
        boolean neighbour = (p > 0 && appeal[p - 1]) || (p + 1 < appeal.length && appeal[p + 1]);
        String text = text(page, paragraphs.get(p));
        if (neighbour && candidate(text) && FUNDING.matcher(text).find()) {
          appeal[p] = true;
          grown = true;
        }
      }
    }
    for (int p = 0; p < paragraphs.size(); p++) {
      if (appeal[p]) {
        paragraphs.get(p).forEach(page::remove);
      }
    }
  }

  /** Short, in the outlet's own voice, and not quoting anyone. */
  private static boolean candidate(String text) {
    return text.length() <= MAX_LENGTH
        && text.indexOf('“') < 0
        && text.indexOf('"') < 0
        && OUTLET.matcher(text).find();
  }

  private static String text(Page page, List<Integer> lines) {
    StringBuilder out = new StringBuilder();
    for (int i : lines) {
      out.append(page.text(i)).append(' ');
    }
    return out.toString().strip();
  }
}
