package org.newsline.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsline.model.EntityType;
import org.newsline.model.Field;

/**
 * The acronyms an article pairs with their names itself, the one in brackets right after the other:
 * "the European Union (EU)", "EU (European Union)". A person's name is never so paired ("Jan
 * Ullrich (GER)" gives a country), and the acronym must be able to abbreviate the name ({@link
 * Acronyms#mayAbbreviate}).
 */
final class WrittenAcronyms {

  /** An acronym and the name the article pairs it with, as their mentions wrote them. */
  record Pair(String acronym, String name) {}

  private WrittenAcronyms() {}

  /** The pairs of {@code mentions}, whose offsets are into the texts of their fields. */
  static List<Pair> find(List<RawMention> mentions, Map<Field, String> texts) {
    List<RawMention> ordered =
        mentions.stream()
            .sorted(Comparator.comparing(RawMention::field).thenComparingInt(RawMention::start))
            .toList();
    List<Pair> pairs = new ArrayList<>();
    for (int k = 0; k + 1 < ordered.size(); k++) {
      RawMention a = ordered.get(k);
      RawMention b = ordered.get(k + 1);
      String text = texts.get(a.field());
      if (b.field() != a.field() || text == null || !bracketed(text, a, b)) {
        continue;
      }
      if (Acronyms.isAcronym(b.text()) && pairable(b, a)) {
        pairs.add(new Pair(b.text(), a.text()));
      } else if (Acronyms.isAcronym(a.text()) && pairable(a, b)) {
        pairs.add(new Pair(a.text(), b.text()));
      }
    }
    return pairs;
  }

  private static boolean pairable(RawMention acronym, RawMention name) {
    return name.type() != EntityType.PERSON
        && acronym.type() != EntityType.PERSON
        && !Acronyms.isAcronym(name.text())
        && Acronyms.mayAbbreviate(acronym.text(), name.text());
  }

  /** Whether {@code b} follows {@code a} in brackets: "a (b)". */
  private static boolean bracketed(String text, RawMention a, RawMention b) {
    if (a.end() > b.start() || b.end() > text.length()) {
      return false;
    }
    if (!text.substring(a.end(), b.start()).strip().equals("(")) {
      return false;
    }
    return text.substring(b.end()).stripLeading().startsWith(")");
  }
}
