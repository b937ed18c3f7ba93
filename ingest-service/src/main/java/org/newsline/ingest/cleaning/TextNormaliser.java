package org.newsline.ingest.cleaning;

import java.text.Normalizer;

/**
 * Unicode and whitespace normalisation applied to every title and body before any chrome rule:
 *
 * <ul>
 *   <li>Unicode NFC;
 *   <li>line breaks unified to {@code \n} ({@code \r\n}, {@code \r}, U+2028, U+0085); U+2029
 *       (paragraph separator) becomes a blank line;
 *   <li>control characters (Unicode category Cc other than tab and line feed) removed, as are
 *       zero-width space, word joiner, soft hyphen and the byte-order mark;
 *   <li>every run of horizontal white space (tab, no-break space, thin space, ideographic space and
 *       the other Unicode space separators) becomes one ASCII space; lines are trimmed;
 *   <li>runs of blank lines become one blank line (a paragraph break); leading and trailing blank
 *       lines are dropped.
 * </ul>
 *
 * Typographic quotes, dashes and every other printable character are kept as written.
 */
public final class TextNormaliser {

  private TextNormaliser() {}

  /** Normalises a multi-line text; paragraphs stay separated by exactly one blank line. */
  public static String text(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    StringBuilder line = new StringBuilder();
    int blankRun = 0;
    boolean any = false;
    int length = nfc.length();
    for (int i = 0; i < length; i++) {
      char c = nfc.charAt(i);
      if (c == '\r' && i + 1 < length && nfc.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u0085' || c == '\u2029') {
        String finished = line.toString().strip();
        line.setLength(0);
        if (finished.isEmpty()) {
          blankRun++;
        } else {
          if (any) {
            out.append(blankRun > 0 ? "\n\n" : "\n");
          }
          out.append(finished);
          any = true;
          blankRun = 0;
        }
        if (c == '\u2029') {
          blankRun++;
        }
        continue;
      }
      appendInline(line, c);
    }
    String last = line.toString().strip();
    if (!last.isEmpty()) {
      if (any) {
        out.append(blankRun > 0 ? "\n\n" : "\n");
      }
      out.append(last);
    }
    return out.toString();
  }

  /** Normalises a single-line value (a title): every line break becomes a space. */
  public static String line(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        c = ' ';
      }
      appendInline(out, c);
    }
    return out.toString().strip();
  }

  private static void appendInline(StringBuilder out, char c) {
    if (isSpace(c)) {
      if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
      return;
    }
    if (isDropped(c)) {
      return;
    }
    out.append(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isDropped(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u200B'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD';
  }
}
