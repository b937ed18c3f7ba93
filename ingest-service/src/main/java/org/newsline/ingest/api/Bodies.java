package org.newsline.ingest.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/** Reads request bodies within a byte limit and decodes them strictly. */
final class Bodies {

  private Bodies() {}

  /** Reads at most {@code limit} bytes; more is a {@link PayloadTooLargeException}. */
  static byte[] read(InputStream in, long declaredLength, long limit, String what)
      throws IOException {
    if (declaredLength > limit) {
      throw tooLarge(what, limit);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 1024), limit));
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > limit) {
        throw tooLarge(what, limit);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static PayloadTooLargeException tooLarge(String what, long limit) {
    return new PayloadTooLargeException(
        what
            + " is larger than the limit of "
            + limit
            + " bytes (newsline.ingest.max-"
            + (what.startsWith("The batch") ? "batch" : "article")
            + "-size).");
  }

  /** Decodes text in the content type's charset (UTF-8 by default), refusing malformed bytes. */
  static String decode(byte[] bytes, String contentType) {
    Charset charset = StandardCharsets.UTF_8;
    try {
      if (contentType != null) {
        Charset declared = MediaType.parseMediaType(contentType).getCharset();
        if (declared != null) {
          charset = declared;
        }
      }
    } catch (RuntimeException e) {
      throw new MalformedRequestException("The Content-Type's charset is not supported.");
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedRequestException("The body is not valid " + charset.name() + " text.");
    }
  }
}
