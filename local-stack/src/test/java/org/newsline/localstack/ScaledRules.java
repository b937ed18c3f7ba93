package org.newsline.localstack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alert rules with their time scale shrunk, so that a test can watch each alert fire against
 * the running stack in seconds rather than in the quarter hours an on-call engineer waits: every
 * duration in minutes ({@code for: 15m}, range {@code [5m]}, subquery step {@code [10m:1m]}, {@code
 * offset 10m}) becomes that many times {@code secondsPerMinute} seconds. Thresholds, expressions
 * and annotations stay as written, so the rules tested are the shipped ones on a faster clock.
 */
final class ScaledRules {

  private static final Pattern MINUTES =
      Pattern.compile("(for: |\\[|:|offset )(\\d+)m(?=[\\]\\s:)]|$)", Pattern.MULTILINE);

  private ScaledRules() {}

  static String scale(String rules, int secondsPerMinute) {
    Matcher m = MINUTES.matcher(rules);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long seconds = Long.parseLong(m.group(2)) * secondsPerMinute;
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + seconds + "s"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
