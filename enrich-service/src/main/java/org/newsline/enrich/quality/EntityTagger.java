package org.newsline.enrich.quality;

import java.util.List;

/** A system under test: the PER/ORG/LOC spans it finds in a document's body. */
interface EntityTagger {

  String name();

  List<Span> tag(ConllDocument doc);

  /** Coarse CoreNLP / platform types to the CoNLL ones; null for everything else. */
  static String conllType(String type) {
    return switch (type) {
      case "PERSON" -> "PER";
      case "ORGANIZATION" -> "ORG";
      case "LOCATION" -> "LOC";
      default -> null;
    };
  }
}
