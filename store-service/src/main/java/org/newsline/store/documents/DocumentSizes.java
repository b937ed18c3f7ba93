package org.newsline.store.documents;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * Tells whether a document is over MongoDB's size limit before it is sent: the driver refuses a
 * whole bulk write when one document is too large, so an oversize article must be taken out of the
 * batch first. Encoding costs as much as the write itself, so only documents whose JSON form comes
 * near the limit are measured exactly.
 */
public final class DocumentSizes {

  /**
   * BSON is at most about this many times the size of the contract's JSON for an article (dates
   * shrink, small integers and array indexes grow); generous on purpose.
   */
  static final int BSON_TO_JSON_BOUND = 3;

  private static final DocumentCodec CODEC = new DocumentCodec();

  private DocumentSizes() {}

  /**
   * True when {@code doc} encodes to more than {@code maxBytes}.
   *
   * @param jsonBytes size of the record's JSON value, or a negative number when unknown
   */
  public static boolean exceeds(Document doc, int jsonBytes, int maxBytes) {
    if (jsonBytes >= 0 && (long) jsonBytes * BSON_TO_JSON_BOUND + 4096 < maxBytes) {
      return false;
    }
    return bsonSize(doc) > maxBytes;
  }

  /** The encoded size of {@code doc} in bytes. */
  public static int bsonSize(Document doc) {
    return new RawBsonDocument(doc, CODEC).getByteBuffer().remaining();
  }
}
