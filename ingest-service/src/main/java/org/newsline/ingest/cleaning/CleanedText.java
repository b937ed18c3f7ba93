package org.newsline.ingest.cleaning;

import java.util.List;

/**
 * A title and body after normalisation and chrome removal.
 *
 * @param title cleaned title, empty when none
 * @param body cleaned body; paragraphs separated by one blank line, may be empty when everything
 *     was chrome
 * @param removedLines what was removed as site chrome: parts cut from the title first, then body
 *     lines in document order
 */
public record CleanedText(String title, String body, List<String> removedLines) {
  public CleanedText {
    removedLines = List.copyOf(removedLines);
  }
}
