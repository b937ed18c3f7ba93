package org.newsline.ingest.api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an NDJSON stream one line at a time, never holding more than one line: a line longer than
 * {@code maxLine} bytes is skipped (reported as too long), and more than {@code maxTotal} bytes in
 * all stops the stream with {@link PayloadTooLargeException}.
 */
final class NdjsonLines {

  /** One line: its bytes (null when too long), its size, and its 1-based line number. */
  record Line(byte[] bytes, long size, long number) {
    boolean tooLong() {
      return bytes == null;
    }

    boolean blank() {
      if (bytes == null) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final long maxLine;
  private final long maxTotal;
  private long total;
  private long number;
  private boolean ended;

  NdjsonLines(InputStream in, long maxLine, long maxTotal) {
    this.in = new BufferedInputStream(in, 64 * 1024);
    this.maxLine = maxLine;
    this.maxTotal = maxTotal;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    long size = 0;
    boolean tooLong = false;
    int b;
    while ((b = in.read()) != -1) {
      if (++total > maxTotal) {
        throw Bodies.tooLarge("The batch", maxTotal);
      }
      if (b == '\n') {
        number++;
        return new Line(tooLong ? null : line.toByteArray(), size, number);
      }
      size++;
      if (size > maxLine) {
        tooLong = true;
        line.reset();
      } else if (!tooLong) {
        line.write(b);
      }
    }
    ended = true;
    if (size == 0) {
      return null;
    }
    number++;
    return new Line(tooLong ? null : line.toByteArray(), size, number);
  }
}
