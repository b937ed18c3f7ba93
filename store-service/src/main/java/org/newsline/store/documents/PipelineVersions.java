package org.newsline.store.documents;

import java.util.regex.Pattern;

/**
 * The order of pipeline versions: by their numbers ("10" after "9", "1.10" after "1.9"), each part
 * of digits as a number, other parts as text.
 */
public final class PipelineVersions {

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private PipelineVersions() {}

  /** A string that sorts as the version does: each part of digits zero-padded to 12. */
  public static String key(String pipelineVersion) {
    StringBuilder key = new StringBuilder();
    for (String part : pipelineVersion.split("\\.", -1)) {
      if (key.length() > 0) {
        key.append('.');
      }
      key.append(DIGITS.matcher(part).matches() ? pad(part, 12) : part);
    }
    return key.toString();
  }

  /** {@code digits} without leading zeros, left-padded with zeros to {@code width}. */
  public static String pad(String digits, int width) {
    String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
    return "0".repeat(Math.max(0, width - trimmed.length())) + trimmed;
  }
}
